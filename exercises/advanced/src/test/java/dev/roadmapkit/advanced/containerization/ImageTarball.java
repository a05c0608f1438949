package dev.roadmapkit.advanced.containerization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * An image built by Jib to a tarball in a temporary directory, opened as a registry would: the
 * tarball's entries, the manifest, the config blob and the files of each layer. A small tar reader
 * (POSIX ustar, what Jib writes) so that nothing but the JDK reads the result.
 */
final class ImageTarball {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, byte[]> entries;
  final JsonNode manifest;
  final JsonNode config;
  final List<List<String>> layerFiles;

  private ImageTarball(
      Map<String, byte[]> entries,
      JsonNode manifest,
      JsonNode config,
      List<List<String>> layerFiles) {
    this.entries = entries;
    this.manifest = manifest;
    this.config = config;
    this.layerFiles = layerFiles;
  }

  /**
   * Builds {@code image} to {@code dir/image.tar} (Jib's caches in {@code dir} too) and opens it.
   */
  static ImageTarball build(JibContainerBuilder image, Path dir) throws Exception {
    Path tar = dir.resolve("image.tar");
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      image.containerize(
          Containerizer.to(TarImage.at(tar).named("roadmapkit/health-app:test"))
              .setBaseImageLayersCache(dir.resolve("cache/base"))
              .setApplicationLayersCache(dir.resolve("cache/application"))
              .setOfflineMode(true)
              .setExecutorService(executor));
    } finally {
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
    }
    return open(Files.readAllBytes(tar));
  }

  static ImageTarball open(byte[] tar) throws IOException {
    Map<String, byte[]> entries = entries(new ByteArrayInputStream(tar));
    JsonNode manifest;
    JsonNode config;
    List<byte[]> layers = new ArrayList<>();
    if (entries.containsKey("index.json")) {
      // The OCI image layout: index.json -> the manifest blob -> the config and layer blobs.
      JsonNode index = JSON.readTree(entries.get("index.json"));
      manifest = JSON.readTree(blob(entries, index.get("manifests").get(0).get("digest").asText()));
      config = JSON.readTree(blob(entries, manifest.get("config").get("digest").asText()));
      for (JsonNode layer : manifest.get("layers")) {
        layers.add(blob(entries, layer.get("digest").asText()));
      }
    } else {
      // The docker save layout: manifest.json names the config and the layers by path.
      manifest = JSON.readTree(entries.get("manifest.json")).get(0);
      config = JSON.readTree(entries.get(manifest.get("Config").asText()));
      for (JsonNode layer : manifest.get("Layers")) {
        layers.add(entries.get(layer.asText()));
      }
    }
    List<List<String>> layerFiles = new ArrayList<>();
    for (byte[] blob : layers) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(blob))) {
        layerFiles.add(List.copyOf(entries(in).keySet()));
      }
    }
    return new ImageTarball(entries, manifest, config, layerFiles);
  }

  private static byte[] blob(Map<String, byte[]> entries, String digest) {
    byte[] blob = entries.get("blobs/" + digest.replace(':', '/'));
    if (blob == null) {
      throw new AssertionError("the tarball has no blob " + digest + ": " + entries.keySet());
    }
    return blob;
  }

  /** The regular files of a tar stream, by name. */
  private static Map<String, byte[]> entries(InputStream in) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    byte[] header = new byte[512];
    String longName = null;
    while (in.readNBytes(header, 0, 512) == 512) {
      if (header[0] == 0) {
        break;
      }
      String name = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
      long size =
          Long.parseLong(
              field(header, 124, 12).strip().isEmpty() ? "0" : field(header, 124, 12).strip(), 8);
      byte type = header[156];
      byte[] content = in.readNBytes((int) size);
      in.readNBytes((int) ((512 - size % 512) % 512));
      if (type == 'L') {
        longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
        continue;
      }
      if (longName != null) {
        name = longName;
        longName = null;
      }
      if (type == '0' || type == 0) {
        entries.put(name.startsWith("./") ? name.substring(2) : name, content);
      } else if (type == '5') {
        entries.put((name.startsWith("./") ? name.substring(2) : name), null);
      }
    }
    return entries;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }

  /** The container part of the config: User, Entrypoint, Cmd, ExposedPorts, Labels, ... */
  JsonNode container() {
    return config.get("config");
  }
}
