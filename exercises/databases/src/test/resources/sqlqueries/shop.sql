-- The shop of exercise databases/sql-queries: the schema and the data your queries run against.
-- Every test creates a fresh database from this file, then runs one of your files.

CREATE TABLE customer (
  id   INT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  city VARCHAR(50) NOT NULL
);

CREATE TABLE product (
  id          INT PRIMARY KEY,
  name        VARCHAR(50) NOT NULL,
  category    VARCHAR(20) NOT NULL,
  price_cents INT NOT NULL
);

CREATE TABLE orders (
  id          INT PRIMARY KEY,
  customer_id INT NOT NULL REFERENCES customer (id),
  placed_on   DATE NOT NULL
);

CREATE TABLE order_line (
  order_id   INT NOT NULL REFERENCES orders (id),
  product_id INT NOT NULL REFERENCES product (id),
  quantity   INT NOT NULL,
  PRIMARY KEY (order_id, product_id)
);

INSERT INTO customer (id, name, city) VALUES
  (1, 'Ana', 'Lisbon'),
  (2, 'Ben', 'Lagos'),
  (3, 'Chloe', 'Lyon'),
  (4, 'Dev', 'Pune'),
  (5, 'Eli', 'Haifa'),
  (6, 'Fay', 'Oslo');

INSERT INTO product (id, name, category, price_cents) VALUES
  (1, 'Green tea', 'tea', 450),
  (2, 'Black tea', 'tea', 390),
  (3, 'Oolong tea', 'tea', 620),
  (4, 'Matcha', 'tea', 1500),
  (5, 'Stoneware mug', 'ware', 1200),
  (6, 'Teapot', 'ware', 3900),
  (7, 'Kettle', 'ware', 5400),
  (8, 'Shortbread', 'snack', 350),
  (9, 'Almonds', 'snack', 800);

INSERT INTO orders (id, customer_id, placed_on) VALUES
  (1, 1, DATE '2024-02-27'),
  (2, 2, DATE '2024-03-01'),
  (3, 1, DATE '2024-03-03'),
  (4, 3, DATE '2024-03-03'),
  (5, 4, DATE '2024-03-15'),
  (6, 2, DATE '2024-03-20'),
  (7, 5, DATE '2024-03-31'),
  (8, 1, DATE '2024-04-02'),
  (9, 3, DATE '2024-04-05'),
  (10, 4, DATE '2024-04-09');

INSERT INTO order_line (order_id, product_id, quantity) VALUES
  (1, 1, 2), (1, 5, 1),
  (2, 2, 3), (2, 8, 2),
  (3, 4, 1), (3, 9, 1),
  (4, 6, 1), (4, 1, 1), (4, 8, 4),
  (5, 7, 1),
  (6, 1, 4), (6, 2, 2),
  (7, 3, 2), (7, 5, 2), (7, 9, 6),
  (8, 1, 1),
  (9, 4, 2), (9, 8, 1),
  (10, 5, 1), (10, 6, 1);
