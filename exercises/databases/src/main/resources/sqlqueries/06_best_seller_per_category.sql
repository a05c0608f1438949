-- Exercise databases/sql-queries, query 6: ranking with a window function.
--
-- The best-selling product of each category, by units sold (the sum of its quantities); when
-- several products tie for first place, all of them:
--   category, product (name), units
-- sorted by category, then product.
--
-- RANK() OVER (PARTITION BY ... ORDER BY ... DESC) numbers the rows of each category; ties get
-- the same rank. A window function cannot be used in WHERE: rank in a subquery, filter outside.
SELECT 1 WHERE FALSE;
