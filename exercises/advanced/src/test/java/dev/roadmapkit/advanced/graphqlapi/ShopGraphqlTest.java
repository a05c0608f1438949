package dev.roadmapkit.advanced.graphqlapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.sql.SqlStatementCounter;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Your ShopGraphql over a real database (PostgreSQL where there is one) holding 10 customers, 20
 * products and 100 orders with 0 to 3 lines each. Every query goes through {@link
 * ShopGraphql#execute}; the repository records each batch load, and the data source counts the SQL
 * statements.
 */
@RealServices
@DisplayName("advanced/graphql-api: resolvers, DataLoaders, limits and partial results")
class ShopGraphqlTest {

  private static final List<String> NAMES =
      List.of("Ada", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun");
  private static final int ORDERS = 100;
  private static final int PRODUCTS = 20;

  private DataSource database;
  private SqlStatementCounter counter;
  private CountingShopRepository repository;
  private ShopGraphql api;

  @BeforeEach
  void open(DataSource dataSource) throws SQLException, IOException {
    database = dataSource;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : migration().split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
    insertRows();
    counter = SqlStatementCounter.wrap(dataSource);
    repository = new CountingShopRepository(new JdbcShopRepository(counter.dataSource()));
    api = new ShopGraphql(repository);
    counter.reset();
  }

  private static String migration() throws IOException {
    try (InputStream in = ShopGraphqlTest.class.getResourceAsStream("shop.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("--"))
          .collect(Collectors.joining("\n"));
    }
  }

  // The rows, from formulas the expectations below use too.
  private static long customerOf(long order) {
    return order * 3 % NAMES.size() + 1;
  }

  private static int linesOf(long order) {
    return (int) (order % 4);
  }

  private static long productOf(long order, int line) {
    return (order * 7 + line * 3) % PRODUCTS + 1;
  }

  private static String nameOf(long customer) {
    return NAMES.get((int) customer - 1);
  }

  private void insertRows() throws SQLException {
    try (Connection connection = database.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO customer (id, name) VALUES (?, ?)")) {
        for (int c = 1; c <= NAMES.size(); c++) {
          insert.setLong(1, c);
          insert.setString(2, nameOf(c));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO product (id, name, price_cents) VALUES (?, ?, ?)")) {
        for (int p = 1; p <= PRODUCTS; p++) {
          insert.setLong(1, p);
          insert.setString(2, "Product " + p);
          insert.setInt(3, p * 100);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO shop_order (id, customer_id, placed_on) VALUES (?, ?, ?)")) {
        for (long o = 1; o <= ORDERS; o++) {
          insert.setLong(1, o);
          insert.setLong(2, customerOf(o));
          insert.setDate(3, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(o)));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO order_line (id, order_id, product_id, quantity) VALUES (?, ?, ?, ?)")) {
        long id = 1;
        for (long o = 1; o <= ORDERS; o++) {
          for (int line = 0; line < linesOf(o); line++) {
            insert.setLong(1, id++);
            insert.setLong(2, o);
            insert.setLong(3, productOf(o, line));
            insert.setInt(4, line + 1);
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    }
  }

  private ExecutionResult run(String query, Map<String, Object> variables) {
    return api.execute(query, variables);
  }

  /** The query, what came back and what it cost, for every failure message. */
  private String seen(String query, Map<String, Object> variables, ExecutionResult result) {
    String errors =
        result.getErrors().isEmpty()
            ? "(none)"
            : result.getErrors().stream()
                .map(error -> error.getMessage() + " at path " + error.getPath())
                .collect(Collectors.joining("\n    "));
    String data = String.valueOf((Object) result.getData());
    if (data.length() > 300) {
      data = data.substring(0, 300) + "...";
    }
    return "\nquery: "
        + query.strip()
        + "\nvariables: "
        + variables
        + "\nerrors: "
        + errors
        + "\ndata: "
        + data
        + "\nbatch loads: "
        + repository.calls().stream().map(call -> shortened(call)).toList()
        + "\nSQL: "
        + counter.summary();
  }

  private static String shortened(CountingShopRepository.Call call) {
    String ids = call.ids().toString();
    return call.method() + (ids.length() > 40 ? ids.substring(0, 40) + "...]" : ids);
  }

  private static List<Map<String, Object>> list(Object value) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) value;
    return list;
  }

  private static Map<String, Object> map(Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  private static List<String> messages(ExecutionResult result) {
    return result.getErrors().stream().map(GraphQLError::getMessage).toList();
  }

  private List<String> methods() {
    return repository.calls().stream().map(CountingShopRepository.Call::method).toList();
  }

  private List<Long> idsOf(String method) {
    return repository.calls().stream()
        .filter(call -> call.method().equals(method))
        .flatMap(call -> call.ids().stream())
        .toList();
  }

  @Test
  @DisplayName("100 orders with their customers and lines: right data, 3 batched loads, 3 SQL")
  void hundredOrdersInThreeLoads() {
    String query =
        "query Orders($first: Int!) {"
            + " orders(first: $first) { id placedOn customer { id name } lines { id quantity } } }";
    Map<String, Object> variables = Map.of("first", ORDERS);

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(messages(result)).as("no errors expected%s", seen).isEmpty();
    List<Map<String, Object>> orders = list(map(result.getData()).get("orders"));
    assertThat(orders).as("one entry per order, the first 100 by id%s", seen).hasSize(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      long id = i + 1;
      Map<String, Object> order = orders.get(i);
      assertThat(order.get("id")).as("orders come in id order%s", seen).isEqualTo("" + id);
      assertThat(order.get("placedOn"))
          .as("order %d's placedOn%s", id, seen)
          .isEqualTo(LocalDate.of(2024, 1, 1).plusDays(id).toString());
      assertThat(order.get("customer"))
          .as(
              "order %d belongs to customer %d: each key's value must come back at that key's"
                  + " place%s",
              id, customerOf(id), seen)
          .isEqualTo(Map.of("id", "" + customerOf(id), "name", nameOf(customerOf(id))));
      List<Map<String, Object>> lines = list(order.get("lines"));
      assertThat(lines.stream().map(line -> line.get("quantity")).toList())
          .as("order %d has %d lines with quantities 1, 2, ...%s", id, linesOf(id), seen)
          .isEqualTo(IntStream.rangeClosed(1, linesOf(id)).boxed().toList());
    }
    assertThat(methods())
        .as(
            "three batched loads, not 1 + 100 + 100: the orders, then ONE load of all their"
                + " customers and ONE of all their lines (DataLoaders, dispatched per level)%s",
            seen)
        .containsExactlyInAnyOrder("firstOrders", "customersByIds", "linesByOrderIds");
    assertThat(idsOf("customersByIds"))
        .as("each customer is loaded once: the DataLoader asks for distinct keys%s", seen)
        .doesNotHaveDuplicates()
        .hasSize(NAMES.size());
    assertThat(counter.count())
        .as("at most 3 SQL statements for the whole query%s", seen)
        .isLessThanOrEqualTo(3);
  }

  @Test
  @DisplayName("the product of every line comes from one batched load of distinct ids")
  void productsInOneLoad() {
    String query =
        "query Products($first: Int!) {"
            + " orders(first: $first) { lines { product { name priceCents } } } }";
    Map<String, Object> variables = Map.of("first", ORDERS);

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(messages(result)).as("no errors expected%s", seen).isEmpty();
    List<Map<String, Object>> orders = list(map(result.getData()).get("orders"));
    assertThat(orders).as("100 orders%s", seen).hasSize(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      long id = i + 1;
      List<Map<String, Object>> lines = list(orders.get(i).get("lines"));
      List<Object> products = new ArrayList<>();
      for (int line = 0; line < linesOf(id); line++) {
        long product = productOf(id, line);
        products.add(Map.of("name", "Product " + product, "priceCents", (int) product * 100));
      }
      assertThat(lines.stream().map(line -> line.get("product")).toList())
          .as("the products of order %d's lines, in line order%s", id, seen)
          .isEqualTo(products);
    }
    assertThat(methods())
        .as("the orders, one load of lines, one load of products%s", seen)
        .containsExactlyInAnyOrder("firstOrders", "linesByOrderIds", "productsByIds");
    assertThat(idsOf("productsByIds"))
        .as("each of the 20 products is asked for once%s", seen)
        .doesNotHaveDuplicates()
        .hasSize(PRODUCTS);
    assertThat(counter.count()).as("at most 3 SQL statements%s", seen).isLessThanOrEqualTo(3);
  }

  @Test
  @DisplayName("a customer's orders are batched too: one load for all the customers asked for")
  void customerOrdersInOneLoad() {
    String query = "{ orders(first: 10) { id customer { name orders { id } } } }";
    Map<String, Object> variables = Map.of();

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(messages(result)).as("no errors expected%s", seen).isEmpty();
    List<Map<String, Object>> orders = list(map(result.getData()).get("orders"));
    assertThat(orders).as("10 orders%s", seen).hasSize(10);
    for (int i = 0; i < 10; i++) {
      long customer = customerOf(i + 1);
      List<Object> theirs =
          IntStream.rangeClosed(1, ORDERS)
              .filter(o -> customerOf(o) == customer)
              .mapToObj(o -> (Object) Map.of("id", "" + o))
              .toList();
      assertThat(map(orders.get(i).get("customer")).get("orders"))
          .as("customer %d's orders, in id order%s", customer, seen)
          .isEqualTo(theirs);
    }
    assertThat(methods())
        .as("orders, customers, and one load of the customers' orders%s", seen)
        .containsExactlyInAnyOrder("firstOrders", "customersByIds", "ordersByCustomerIds");
    assertThat(counter.count()).as("at most 3 SQL statements%s", seen).isLessThanOrEqualTo(3);
  }

  @Test
  @DisplayName("every request gets its own DataLoaders: a second request sees the new data")
  void oneRegistryPerRequest() throws SQLException {
    String query = "query One($id: ID!) { order(id: $id) { customer { name } } }";
    Map<String, Object> variables = Map.of("id", "1");
    ExecutionResult first = run(query, variables);
    assertThat(messages(first)).as("no errors expected%s", seen(query, variables, first)).isEmpty();
    try (Connection connection = database.getConnection();
        PreparedStatement rename =
            connection.prepareStatement("UPDATE customer SET name = ? WHERE id = ?")) {
      rename.setString(1, "Ada Lovelace");
      rename.setLong(2, customerOf(1));
      rename.executeUpdate();
    }

    ExecutionResult second = run(query, variables);
    String seen = seen(query, variables, second);

    assertThat(messages(second)).as("no errors expected%s", seen).isEmpty();
    assertThat(second.<Map<String, Object>>getData())
        .as(
            "the customer was renamed between the two requests: a DataLoader caches what it"
                + " loaded, so a registry shared by requests serves the old name%s",
            seen)
        .isEqualTo(Map.of("order", Map.of("customer", Map.of("name", "Ada Lovelace"))));
  }

  @Test
  @DisplayName("a query with variables: order(id: $id) reads the id from the variables")
  void variables() {
    String query =
        "query OrderById($id: ID!) { order(id: $id) { id customer { name } lines { quantity } } }";
    Map<String, Object> variables = Map.of("id", "7");

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(messages(result)).as("no errors expected%s", seen).isEmpty();
    assertThat(result.<Map<String, Object>>getData())
        .as("order 7, its customer and its %d lines%s", linesOf(7), seen)
        .isEqualTo(
            Map.of(
                "order",
                Map.of(
                    "id",
                    "7",
                    "customer",
                    Map.of("name", nameOf(customerOf(7))),
                    "lines",
                    List.of(Map.of("quantity", 1), Map.of("quantity", 2), Map.of("quantity", 3)))));
  }

  @Test
  @DisplayName("order(id:) of an unknown id: null, and an error at path [order] naming the id")
  void unknownOrder() {
    String query = "query One($id: ID!) { order(id: $id) { id } }";
    Map<String, Object> variables = Map.of("id", "999");

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(result.<Map<String, Object>>getData())
        .as("the field is null: the order does not exist%s", seen)
        .containsEntry("order", null);
    assertThat(messages(result)).as("one error says why it is null%s", seen).hasSize(1);
    GraphQLError error = result.getErrors().get(0);
    assertThat(error.getMessage()).as("the error names the id%s", seen).contains("999");
    assertThat(error.getPath())
        .as("the error's path is the field%s", seen)
        .isEqualTo(List.of("order"));
  }

  @Test
  @DisplayName("one unknown id among three: data for the other two, null and an error at its index")
  void partialResults() {
    String query = "query Some($ids: [ID!]!) { ordersByIds(ids: $ids) { id customer { name } } }";
    Map<String, Object> variables = Map.of("ids", List.of("3", "999", "5"));

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    List<Object> expected = new ArrayList<>();
    expected.add(Map.of("id", "3", "customer", Map.of("name", nameOf(customerOf(3)))));
    expected.add(null);
    expected.add(Map.of("id", "5", "customer", Map.of("name", nameOf(customerOf(5)))));
    assertThat(result.<Map<String, Object>>getData())
        .as(
            "a field error is a partial result: the known orders in the order asked, null in"
                + " the unknown one's place%s",
            seen)
        .isEqualTo(Map.of("ordersByIds", expected));
    assertThat(messages(result)).as("exactly one error, for 999%s", seen).hasSize(1);
    GraphQLError error = result.getErrors().get(0);
    assertThat(error.getMessage()).as("the error names the id%s", seen).contains("999");
    assertThat(error.getPath())
        .as("the path leads to the null: the field and the index of the unknown id%s", seen)
        .isEqualTo(List.of("ordersByIds", 1));
    assertThat(methods())
        .as("the three orders are one load%s", seen)
        .containsExactlyInAnyOrder("ordersByIds", "customersByIds");
  }

  @Test
  @DisplayName("an id that is not a number is unknown too, and never sent to the database")
  void idThatIsNotANumber() {
    String query = "query Some($ids: [ID!]!) { ordersByIds(ids: $ids) { id } }";
    Map<String, Object> variables = Map.of("ids", List.of("2", "x"));

    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    List<Object> expected = new ArrayList<>();
    expected.add(Map.of("id", "2"));
    expected.add(null);
    assertThat(result.<Map<String, Object>>getData())
        .as("order 2, then null for x%s", seen)
        .isEqualTo(Map.of("ordersByIds", expected));
    assertThat(result.getErrors().stream().map(e -> e.getMessage() + " at " + e.getPath()).toList())
        .as("one error naming x at its index%s", seen)
        .singleElement()
        .asString()
        .contains("x")
        .endsWith(" at [ordersByIds, 1]");
    assertThat(idsOf("ordersByIds"))
        .as(
            "only the numeric id is loaded: no order has the id x, nor a made-up one such as 0%s",
            seen)
        .containsExactly(2L);
  }

  /** Rejected before any resolver ran, with an error naming the limit. */
  private void assertRejected(String query, String limit, String numbers) {
    Map<String, Object> variables = Map.of();
    ExecutionResult result = run(query, variables);
    String seen = seen(query, variables, result);

    assertThat(messages(result))
        .as("the query must be rejected with one error saying which limit it broke%s", seen)
        .hasSize(1);
    assertThat(result.getErrors().get(0).getMessage())
        .as("the error names the limit (%s) and the numbers (%s)%s", limit, numbers, seen)
        .containsIgnoringCase(limit)
        .contains(numbers);
    assertThat(result.<Object>getData()).as("no data at all%s", seen).isNull();
    assertThat(repository.calls())
        .as("the limit is checked before any resolver runs: no load at all%s", seen)
        .isEmpty();
    assertThat(counter.count()).as("and so no SQL%s", seen).isZero();
  }

  private void assertAccepted(String query) {
    Map<String, Object> variables = Map.of();
    ExecutionResult result = run(query, variables);
    assertThat(messages(result))
        .as("within the limits: the query must run%s", seen(query, variables, result))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a query deeper than MAX_DEPTH (5) is rejected: 'maximum query depth exceeded 6 > 5'")
  void tooDeep() {
    assertRejected(
        "{ order(id: \"1\") { customer { orders { customer { orders { id } } } } } }",
        "depth",
        "6 > 5");
  }

  @Test
  @DisplayName("a query exactly MAX_DEPTH (5) deep runs")
  void deepestAllowed() {
    assertAccepted("{ order(id: \"1\") { customer { orders { lines { id } } } } }");
  }

  @Test
  @DisplayName("a list of lists of lists costs its products: 100 x (1 + 1 + 10 x (1 + 10 x 2))")
  void listOfLists() {
    assertRejected(
        "{ orders(first: 100) { customer { orders { lines { id } } } } }",
        "complexity",
        "21200 > 5000");
  }

  @Test
  @DisplayName("orders(first: n) costs n times its selection: 2500 x 2 runs, 2501 x 2 is rejected")
  void firstMultiplies() {
    assertAccepted("{ orders(first: 2500) { id } }");
    repository.reset();
    counter.reset();
    assertRejected("{ orders(first: 2501) { id } }", "complexity", "5002 > 5000");
  }

  @Test
  @DisplayName("a list without a bound counts as 10 items: 238 x 21 runs, 239 x 21 is rejected")
  void unboundedListCountsTen() {
    assertAccepted("{ orders(first: 238) { lines { id } } }");
    repository.reset();
    counter.reset();
    assertRejected("{ orders(first: 239) { lines { id } } }", "complexity", "5019 > 5000");
  }

  @Test
  @DisplayName("too many fields: 120 aliased orders of cost 44 each (5280) are rejected")
  void tooManyFields() {
    String query =
        IntStream.rangeClosed(1, 120)
            .mapToObj(
                i ->
                    "o"
                        + i
                        + ": order(id: \""
                        + i
                        + "\") { id customer { name } lines { id product { name } } }")
            .collect(Collectors.joining(" ", "{ ", " }"));
    assertRejected(query, "complexity", "5280 > 5000");
  }
}
