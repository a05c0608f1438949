-- Reference solution of exercise databases/normalization.
--
-- Each fact now lives in one row of one table: a customer's name and city depend on the
-- customer (not on the order, which was a transitive dependency order_no -> email -> city), a
-- product's name and price on the sku (not on the whole key (order_no, sku), a partial
-- dependency), the date and the customer on the order, and only the quantity on the line. The
-- keys and foreign keys make the database refuse contradictions. Trade-off: reading an order as
-- it was on the sheet now takes joins, and the price is the product's current price: a shop that
-- changes prices would copy the price paid into order_line, as a fact of the line.

CREATE TABLE customer (
  customer_id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email       VARCHAR(100) NOT NULL UNIQUE,
  name        VARCHAR(100) NOT NULL,
  city        VARCHAR(100) NOT NULL
);

CREATE TABLE product (
  sku              VARCHAR(20) PRIMARY KEY,
  name             VARCHAR(100) NOT NULL,
  unit_price_cents INT NOT NULL
);

CREATE TABLE customer_order (
  order_no    INT PRIMARY KEY,
  customer_id INT NOT NULL REFERENCES customer (customer_id),
  ordered_on  DATE NOT NULL
);

CREATE TABLE order_line (
  order_no INT NOT NULL REFERENCES customer_order (order_no),
  sku      VARCHAR(20) NOT NULL,
  quantity INT NOT NULL,
  PRIMARY KEY (order_no, sku)
);

INSERT INTO customer (email, name, city)
SELECT DISTINCT customer_email, customer_name, customer_city FROM order_sheet;

INSERT INTO product (sku, name, unit_price_cents)
SELECT DISTINCT sku, product_name, unit_price_cents FROM order_sheet;

INSERT INTO customer_order (order_no, customer_id, ordered_on)
SELECT DISTINCT s.order_no, c.customer_id, s.ordered_on
FROM order_sheet s
JOIN customer c ON c.email = s.customer_email;

INSERT INTO order_line (order_no, sku, quantity)
SELECT order_no, sku, quantity FROM order_sheet;

DROP TABLE order_sheet;
