package dev.roadmapkit.advanced.graphqlapi;

// Key idea: a resolver never loads one row; it asks a DataLoader for a key and gets a future. The
// engine runs all the resolvers of one level first, then dispatches: each loader calls its batch
// function once with every key asked for, so 100 orders cost one load of customers and one of
// lines, not 200. The loaders cache per key, which is why the registry is made per request: a
// cache shared between requests would serve stale rows and leak one user's data to another.
// The limits are checked on the parsed query before execution, so an abusive query costs a parse,
// never a database round trip. Trade-off: a list without a bound is guessed at MAX_LIST_SIZE
// items; a real API would rather bound every list with an argument.

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/** The shop's GraphQL API: resolvers, DataLoaders per request, and the depth and cost limits. */
public final class ShopGraphql {

  /** The deepest field a query may select, as graphql-java counts depth. */
  public static final int MAX_DEPTH = 5;

  /** The highest cost a query may have (see the exercise's Javadoc for how it is counted). */
  public static final int MAX_COMPLEXITY = 5000;

  /** How many items a list field without a bounding argument is counted as. */
  public static final int MAX_LIST_SIZE = 10;

  private static final String CUSTOMERS = "customers";
  private static final String LINES = "lines";
  private static final String PRODUCTS = "products";
  private static final String CUSTOMER_ORDERS = "customerOrders";

  private final ShopRepository repository;
  private final GraphQL graphql;

  /** The API over {@code repository}. */
  public ShopGraphql(ShopRepository repository) {
    this.repository = repository;
    RuntimeWiring wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(
                "Query",
                type ->
                    type.dataFetcher(
                            "orders",
                            env -> repository.firstOrders(env.<Integer>getArgument("first")))
                        .dataFetcher("order", this::order)
                        .dataFetcher("ordersByIds", this::ordersByIds))
            .type(
                "Order",
                type ->
                    type.dataFetcher(
                            "customer",
                            env ->
                                env.<Long, Customer>getDataLoader(CUSTOMERS)
                                    .load(env.<Order>getSource().customerId()))
                        .dataFetcher(
                            "lines",
                            env ->
                                env.<Long, List<OrderLine>>getDataLoader(LINES)
                                    .load(env.<Order>getSource().id())))
            .type(
                "OrderLine",
                type ->
                    type.dataFetcher(
                        "product",
                        env ->
                            env.<Long, Product>getDataLoader(PRODUCTS)
                                .load(env.<OrderLine>getSource().productId())))
            .type(
                "Customer",
                type ->
                    type.dataFetcher(
                        "orders",
                        env ->
                            env.<Long, List<Order>>getDataLoader(CUSTOMER_ORDERS)
                                .load(env.<Customer>getSource().id())))
            .build();
    GraphQLSchema schema =
        new SchemaGenerator().makeExecutableSchema(ShopSchema.typeDefinitions(), wiring);
    this.graphql =
        GraphQL.newGraphQL(schema)
            .instrumentation(
                new ChainedInstrumentation(
                    new MaxQueryDepthInstrumentation(MAX_DEPTH),
                    new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, cost())))
            .build();
  }

  /** Runs {@code query} with {@code variables}; one new DataLoaderRegistry for this request. */
  public ExecutionResult execute(String query, Map<String, Object> variables) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput().query(query).dataLoaderRegistry(newRegistry()).build();
    return graphql.execute(input);
  }

  private DataLoaderRegistry newRegistry() {
    // Mapped batch loaders: the repository answers with a map, and a key without a row is null.
    DataLoader<Long, Customer> customers =
        DataLoaderFactory.newMappedDataLoader(
            ids -> CompletableFuture.completedFuture(repository.customersByIds(ids)));
    DataLoader<Long, List<OrderLine>> lines =
        DataLoaderFactory.newDataLoader(
            ids ->
                CompletableFuture.completedFuture(
                    inKeyOrder(ids, repository.linesByOrderIds(ids))));
    DataLoader<Long, Product> products =
        DataLoaderFactory.newMappedDataLoader(
            ids -> CompletableFuture.completedFuture(repository.productsByIds(ids)));
    DataLoader<Long, List<Order>> customerOrders =
        DataLoaderFactory.newDataLoader(
            ids ->
                CompletableFuture.completedFuture(
                    inKeyOrder(ids, repository.ordersByCustomerIds(ids))));
    return DataLoaderRegistry.newRegistry()
        .register(CUSTOMERS, customers)
        .register(LINES, lines)
        .register(PRODUCTS, products)
        .register(CUSTOMER_ORDERS, customerOrders)
        .build();
  }

  /** A list batch loader answers one value per key, at the key's position: none is empty. */
  private static <T> List<List<T>> inKeyOrder(List<Long> keys, Map<Long, List<T>> byKey) {
    return keys.stream().map(key -> byKey.getOrDefault(key, List.of())).toList();
  }

  private DataFetcherResult<Order> order(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    Long key = parse(id);
    Order order = key == null ? null : repository.ordersByIds(List.of(key)).get(key);
    DataFetcherResult.Builder<Order> result = DataFetcherResult.<Order>newResult().data(order);
    if (order == null) {
      result.error(GraphqlErrorBuilder.newError(env).message("no order with id %s", id).build());
    }
    return result.build();
  }

  private DataFetcherResult<List<Order>> ordersByIds(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    List<Long> keys = ids.stream().map(ShopGraphql::parse).filter(id -> id != null).toList();
    Map<Long, Order> found = repository.ordersByIds(keys);
    List<Order> orders = new ArrayList<>();
    List<GraphQLError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Long key = parse(ids.get(i));
      Order order = key == null ? null : found.get(key);
      orders.add(order);
      if (order == null) {
        errors.add(
            GraphqlErrorBuilder.newError(env)
                .message("no order with id %s", ids.get(i))
                .path(env.getExecutionStepInfo().getPath().segment(i))
                .build());
      }
    }
    return DataFetcherResult.<List<Order>>newResult().data(orders).errors(errors).build();
  }

  /** The id as a number, or null when it is not one (then no order has it). */
  private static Long parse(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A field costs 1 plus its children, times the items it returns when it is a list. */
  private static FieldComplexityCalculator cost() {
    return (env, childComplexity) -> {
      int items = 1;
      if (GraphQLTypeUtil.isList(
          GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()))) {
        Map<String, Object> arguments = env.getArguments();
        if (arguments.get("first") instanceof Integer first) {
          items = first;
        } else if (arguments.get("ids") instanceof List<?> ids) {
          items = ids.size();
        } else {
          items = MAX_LIST_SIZE;
        }
      }
      return items * (1 + childComplexity);
    };
  }
}
