-- Reference solution of databases/sql-queries, query 5. The subquery is correlated: it uses
-- p.category of the outer row, so it is (logically) evaluated once per product.
SELECT p.category,
       p.name AS product,
       p.price_cents
FROM product p
WHERE p.price_cents > (SELECT AVG(other.price_cents)
                       FROM product other)
ORDER BY p.category, product;
