-- Reference solution of databases/sql-queries, query 6. RANK gives tied products the same rank,
-- so both best sellers of a tied category keep rank 1 (ROW_NUMBER would pick one arbitrarily).
SELECT category, product, units
FROM (
  SELECT p.category,
         p.name AS product,
         SUM(l.quantity) AS units,
         ROW_NUMBER() OVER (PARTITION BY p.category ORDER BY SUM(l.quantity) DESC) AS sales_rank
  FROM order_line l
  JOIN product p ON p.id = l.product_id
  GROUP BY p.category, p.name
) ranked
WHERE sales_rank = 1
ORDER BY category, product;
