-- Exercise databases/sql-queries, query 2: outer joins and grouping.
--
-- For EVERY customer, also the one who never ordered anything:
--   customer (name), orders (how many orders they placed), spent_cents (the sum of quantity *
--   price_cents over all their order lines; 0 if none)
-- sorted by spent_cents, highest first, then customer.
--
-- The query below is a first attempt that returns the wrong thing. Run the test to see how.
SELECT c.name AS customer,
       COUNT(*) AS orders,
       SUM(l.quantity * p.price_cents) AS spent_cents
FROM customer c
JOIN orders o ON o.customer_id = c.id
JOIN order_line l ON l.order_id = o.id
JOIN product p ON p.id = l.product_id
GROUP BY c.name
ORDER BY spent_cents DESC, customer;
