-- Reference solution of databases/sql-queries, query 2. LEFT JOINs keep the customer without
-- orders (her order columns are NULL); COUNT(DISTINCT o.id) counts orders, not lines, and
-- ignores NULL; COALESCE turns the NULL sum into 0.
SELECT c.name AS customer,
       COUNT(o.id) AS orders,
       COALESCE(SUM(l.quantity * p.price_cents), 0) AS spent_cents
FROM customer c
LEFT JOIN orders o ON o.customer_id = c.id
LEFT JOIN order_line l ON l.order_id = o.id
LEFT JOIN product p ON p.id = l.product_id
GROUP BY c.id, c.name
ORDER BY spent_cents DESC, customer;
