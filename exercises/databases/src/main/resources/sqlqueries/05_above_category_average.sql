-- Exercise databases/sql-queries, query 5: a correlated subquery.
--
-- The products that cost more than the average price of their own category:
--   category, product (name), price_cents
-- sorted by category, then product.
--
-- A correlated subquery refers to the row of the outer query: for each product p, compute the
-- average over the products of p's category.
SELECT 1 WHERE FALSE;
