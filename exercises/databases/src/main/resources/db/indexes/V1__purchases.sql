-- Given migration of exercise databases/indexes: do not edit it (Flyway checks that an applied
-- migration never changes). It creates the purchase history and fills it with 100,000 rows:
-- 2,000 customers with 50 purchases each, one purchase per minute from 2024-01-01 on.
CREATE TABLE purchase (
  id          BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  placed_at   TIMESTAMP NOT NULL,
  total_cents INT NOT NULL
);

INSERT INTO purchase (id, customer_id, placed_at, total_cents)
SELECT g.n,
       MOD(g.n * 7919, 2000) + 1,
       TIMESTAMP '2024-01-01 00:00:00' + g.n * INTERVAL '1' MINUTE,
       MOD(g.n * 31, 10000) + 100
FROM generate_series(1, 100000) AS g(n);
