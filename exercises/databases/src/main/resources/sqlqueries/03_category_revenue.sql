-- Exercise databases/sql-queries, query 3: aggregates and HAVING.
--
-- Per product category that brought in at least 10000 cents:
--   category, units (the sum of the quantities sold), revenue_cents (the sum of quantity *
--   price_cents)
-- sorted by revenue_cents, highest first.
SELECT 1 WHERE FALSE;
