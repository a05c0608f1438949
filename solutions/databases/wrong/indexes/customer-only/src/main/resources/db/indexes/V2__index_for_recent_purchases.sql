-- Reference solution of exercise databases/indexes.
--
-- Equality column first, sort column second: the B-tree keeps one customer's entries together,
-- already ordered by placed_at, so PostgreSQL reads the newest entries of that customer backwards
-- (Index Scan Backward) and stops after LIMIT rows, with no Sort. An index on customer_id alone
-- finds the 50 rows but must still sort them; one on placed_at alone reads in order but walks
-- through every customer's purchases and filters. The trade-off of any index: every insert and
-- update of these columns also updates it, and it takes disk space.
CREATE INDEX purchase_customer_placed_at ON purchase (customer_id);
