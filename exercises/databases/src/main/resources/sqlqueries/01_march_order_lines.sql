-- Exercise databases/sql-queries, query 1: joins.
--
-- Every line of every order placed in March 2024 (from 1 March to 31 March, both included),
-- with the columns, in this order and with these names:
--   order_id, placed_on, customer (the customer's name), product (the product's name), quantity
-- sorted by order_id, then product.
--
-- The tables are in src/test/resources/sqlqueries/shop.sql. Replace the query below; one SELECT,
-- a trailing semicolon is optional.
SELECT 1 WHERE FALSE;
