-- Reference solution of databases/sql-queries, query 3. WHERE filters rows before grouping;
-- HAVING filters the groups after the aggregates are known.
SELECT p.category,
       SUM(l.quantity) AS units,
       SUM(l.quantity * p.price_cents) AS revenue_cents
FROM order_line l
JOIN product p ON p.id = l.product_id
GROUP BY p.category
HAVING SUM(l.quantity * p.price_cents) > 10000
ORDER BY revenue_cents DESC;
