-- Given migration of exercise databases/normalization: do not edit it (Flyway checks that an
-- applied migration never changes). One row per order line, everything repeated.
CREATE TABLE order_sheet (
  order_no         INT NOT NULL,
  ordered_on       DATE NOT NULL,
  customer_email   VARCHAR(100) NOT NULL,
  customer_name    VARCHAR(100) NOT NULL,
  customer_city    VARCHAR(100) NOT NULL,
  sku              VARCHAR(20) NOT NULL,
  product_name     VARCHAR(100) NOT NULL,
  unit_price_cents INT NOT NULL,
  quantity         INT NOT NULL,
  PRIMARY KEY (order_no, sku)
);

INSERT INTO order_sheet VALUES
  (1001, DATE '2024-03-01', 'ana@example.com',   'Ana Lima',     'Lisbon', 'TEA-01', 'Green tea',        450,  2),
  (1001, DATE '2024-03-01', 'ana@example.com',   'Ana Lima',     'Lisbon', 'MUG-01', 'Stoneware mug',    1200, 1),
  (1002, DATE '2024-03-02', 'ben@example.com',   'Ben Okafor',   'Lagos',  'TEA-01', 'Green tea',        450,  5),
  (1003, DATE '2024-03-02', 'chloe@example.com', 'Chloe Martin', 'Lyon',   'POT-01', 'Cast iron teapot', 3900, 1),
  (1003, DATE '2024-03-02', 'chloe@example.com', 'Chloe Martin', 'Lyon',   'TEA-02', 'Black tea',        390,  3),
  (1004, DATE '2024-03-05', 'ana@example.com',   'Ana Lima',     'Lisbon', 'TEA-02', 'Black tea',        390,  3),
  (1005, DATE '2024-03-07', 'dev@example.com',   'Dev Patel',    'Pune',   'KET-01', 'Gooseneck kettle', 5400, 1),
  (1005, DATE '2024-03-07', 'dev@example.com',   'Dev Patel',    'Pune',   'TEA-03', 'Oolong tea',       620,  2),
  (1005, DATE '2024-03-07', 'dev@example.com',   'Dev Patel',    'Pune',   'MUG-01', 'Stoneware mug',    1200, 2),
  (1006, DATE '2024-03-09', 'ben@example.com',   'Ben Okafor',   'Lagos',  'POT-01', 'Cast iron teapot', 3900, 1),
  (1007, DATE '2024-03-11', 'eli@example.com',   'Eli Cohen',    'Haifa',  'TEA-03', 'Oolong tea',       620,  4),
  (1007, DATE '2024-03-11', 'eli@example.com',   'Eli Cohen',    'Haifa',  'TEA-01', 'Green tea',        450,  1),
  (1008, DATE '2024-03-12', 'chloe@example.com', 'Chloe Martin', 'Lyon',   'MUG-01', 'Stoneware mug',    1200, 4);
