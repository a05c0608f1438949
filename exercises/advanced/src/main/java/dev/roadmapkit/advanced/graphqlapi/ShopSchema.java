package dev.roadmapkit.advanced.graphqlapi;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Given: the shop's GraphQL schema, {@code shop.graphqls} beside this class. */
public final class ShopSchema {

  private ShopSchema() {}

  /** The parsed SDL: the types, without any resolver. Wire it with a {@code RuntimeWiring}. */
  public static TypeDefinitionRegistry typeDefinitions() {
    try (InputStream in = ShopSchema.class.getResourceAsStream("shop.graphqls");
        Reader reader =
            new InputStreamReader(
                java.util.Objects.requireNonNull(in, "shop.graphqls is missing"),
                StandardCharsets.UTF_8)) {
      return new SchemaParser().parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
