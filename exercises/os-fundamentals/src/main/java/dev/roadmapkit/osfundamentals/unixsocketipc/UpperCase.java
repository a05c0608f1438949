package dev.roadmapkit.osfundamentals.unixsocketipc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The handler {@link FrameServer#main} serves: the request's UTF-8 text in capitals. Given. */
public final class UpperCase implements RequestHandler {

  @Override
  public byte[] handle(byte[] request) {
    return new String(request, StandardCharsets.UTF_8)
        .toUpperCase(Locale.ROOT)
        .getBytes(StandardCharsets.UTF_8);
  }
}
