-- Reference solution of databases/sql-queries, query 4. The CTE collapses lines into one row
-- per order; the window then adds up each customer's orders in date order without collapsing
-- them (the default frame runs from the partition's first row to the current one).
WITH order_total AS (
  SELECT o.id AS order_id, o.customer_id, o.placed_on,
         SUM(l.quantity * p.price_cents) AS order_cents
  FROM orders o
  JOIN order_line l ON l.order_id = o.id
  JOIN product p ON p.id = l.product_id
  GROUP BY o.id, o.customer_id, o.placed_on
)
SELECT c.name AS customer,
       t.order_id,
       t.placed_on,
       t.order_cents,
       SUM(t.order_cents) OVER (ORDER BY c.name, t.placed_on, t.order_id) AS running_cents
FROM order_total t
JOIN customer c ON c.id = t.customer_id
ORDER BY customer, t.placed_on, t.order_id;
