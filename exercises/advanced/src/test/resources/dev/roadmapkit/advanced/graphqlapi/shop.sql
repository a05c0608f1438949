-- The shop's tables, created by the test in its own schema.
CREATE TABLE customer (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
CREATE TABLE product (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  price_cents INT NOT NULL
);
CREATE TABLE shop_order (
  id BIGINT PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  placed_on DATE NOT NULL
);
CREATE TABLE order_line (
  id BIGINT PRIMARY KEY,
  order_id BIGINT NOT NULL REFERENCES shop_order (id),
  product_id BIGINT NOT NULL REFERENCES product (id),
  quantity INT NOT NULL
);
