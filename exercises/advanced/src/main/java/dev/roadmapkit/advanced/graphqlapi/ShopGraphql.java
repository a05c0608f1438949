package dev.roadmapkit.advanced.graphqlapi;

import graphql.ExecutionResult;
import java.util.Map;

/**
 * Exercise {@code advanced/graphql-api}: the shop's GraphQL API over the given schema ({@link
 * ShopSchema#typeDefinitions()}, {@code shop.graphqls}) and the given {@link ShopRepository}.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li><b>Resolvers.</b> Wire a data fetcher for each field that is not a plain property of its
 *       record: {@code Query.orders(first)}, {@code Query.order(id)}, {@code
 *       Query.ordersByIds(ids)}, {@code Order.customer}, {@code Order.lines}, {@code
 *       OrderLine.product} and {@code Customer.orders}. The other fields ({@code id}, {@code name},
 *       {@code quantity}, ...) are read from the records by graphql-java's default fetcher.
 *   <li><b>No N+1.</b> {@code Order.customer}, {@code Order.lines}, {@code OrderLine.product} and
 *       {@code Customer.orders} go through DataLoaders whose batch loaders call the repository's
 *       {@code ...ByIds} methods once per dispatch, with every key of that level. 100 orders with
 *       their customers and lines cost three loads (and three SQL statements), not 201. A batch
 *       loader answers one value per key, <i>at that key's position</i>; a key without a row is
 *       {@code null} (or an empty list for lines and orders). Make a new {@code DataLoaderRegistry}
 *       for every {@link #execute} call: loaders cache what they loaded, and a registry shared by
 *       requests would serve stale rows.
 *   <li><b>Field errors are partial results.</b> {@code order(id)} of an unknown id is {@code null}
 *       with one error whose message names the id and whose path is {@code [order]}. {@code
 *       ordersByIds(ids)} answers the orders in the order of the ids (one load), with {@code null}
 *       in the place of each unknown id and, for each, an error naming the id at the path {@code
 *       [ordersByIds, index]} (see {@code GraphqlErrorBuilder} and {@code DataFetcherResult}). An
 *       id that is not a number is unknown too, and is not sent to the repository.
 *   <li><b>Limits</b>, checked on the parsed query before any resolver runs (graphql-java's {@code
 *       MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}): a depth above
 *       {@link #MAX_DEPTH} (as graphql-java counts it: {@code { order { id } }} is 2) and a cost
 *       above {@link #MAX_COMPLEXITY} are rejected with graphql-java's own error ({@code maximum
 *       query depth exceeded 6 > 5}, {@code maximum query complexity exceeded 5002 > 5000}), and no
 *       data. The cost of a field is {@code 1 + the cost of its selection}, times the number of
 *       items when the field is a list: {@code first} for {@code orders(first)}, the number of ids
 *       for {@code ordersByIds(ids)}, {@link #MAX_LIST_SIZE} for a list without a bound ({@code
 *       lines}, {@code Customer.orders}). So {@code { orders(first: 3) { id } }} costs 3 x (1 + 1)
 *       = 6.
 *   <li><b>Variables.</b> {@link #execute} passes the variables to graphql-java: a client never
 *       concatenates ids into a query string.
 * </ul>
 */
public final class ShopGraphql {

  /** The deepest field a query may select, as graphql-java counts depth. */
  public static final int MAX_DEPTH = 5;

  /** The highest cost a query may have. */
  public static final int MAX_COMPLEXITY = 5000;

  /** How many items a list field without a bounding argument is counted as. */
  public static final int MAX_LIST_SIZE = 10;

  private final ShopRepository repository;

  /** The API over {@code repository}: build the schema, the wiring and the GraphQL here, once. */
  public ShopGraphql(ShopRepository repository) {
    this.repository = repository;
  }

  /**
   * Runs {@code query} with {@code variables} (empty when the query has none), with a new
   * DataLoaderRegistry for this request, and returns graphql-java's result: data and errors.
   */
  public ExecutionResult execute(String query, Map<String, Object> variables) {
    throw new UnsupportedOperationException(
        "TODO advanced/graphql-api: wire the resolvers, DataLoaders per request and the limits,"
            + " then execute the query with its variables");
  }
}
