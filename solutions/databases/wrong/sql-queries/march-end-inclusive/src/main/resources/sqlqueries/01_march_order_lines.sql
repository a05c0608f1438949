-- Reference solution of databases/sql-queries, query 1. Inner joins follow the foreign keys; the
-- date range is half-open (>= first day, < first day of the next month), which stays right even
-- if placed_on ever becomes a timestamp.
SELECT o.id AS order_id,
       o.placed_on,
       c.name AS customer,
       p.name AS product,
       l.quantity
FROM orders o
JOIN customer c ON c.id = o.customer_id
JOIN order_line l ON l.order_id = o.id
JOIN product p ON p.id = l.product_id
WHERE o.placed_on >= DATE '2024-03-01'
  AND o.placed_on <= DATE '2024-04-01'
ORDER BY o.id, p.name;
