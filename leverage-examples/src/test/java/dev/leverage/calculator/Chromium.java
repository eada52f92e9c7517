package dev.leverage.calculator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven through the Chrome DevTools protocol: opens a page, records console
 * errors, uncaught exceptions, log errors and every network request, and takes screenshots.
 *
 * <p>The browser runs with a fresh profile and every background service off, and listens on a
 * loopback port chosen by the system.
 */
final class Chromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_SECONDS = 60;

  private final Process process;
  private final Path log;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private Chromium(Process process, Path log, WebSocket socket) {
    this.process = process;
    this.log = log;
    this.socket = socket;
  }

  /** The Chromium binary: {@code $CHROMIUM}, else Debian's or a usual location, if any. */
  static Optional<Path> binary() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts {@code binary} headless with a fresh profile in {@code work}. */
  static Chromium start(Path binary, Path work) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(work.resolve("profile"));
    Path log = work.resolve("chromium.log");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--window-size=1100,900",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      for (int i = 0; i < 600 && !hasPort(portFile); i++) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "chromium exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
        Thread.sleep(100);
      }
      if (!hasPort(portFile)) {
        throw new IllegalStateException(
            "chromium did not open its DevTools port:\n" + Files.readString(log));
      }
      String port = Files.readAllLines(portFile).get(0).strip();
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      String url = null;
      for (JsonNode target : targets) {
        if (target.path("type").asText().equals("page")) {
          url = target.get("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (url == null) {
        throw new IllegalStateException("chromium has no page to drive: " + targets);
      }
      Listener listener = new Listener();
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(url), listener)
              .get(WAIT_SECONDS, TimeUnit.SECONDS);
      Chromium chromium = new Chromium(process, log, socket);
      listener.chromium = chromium;
      for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
        chromium.call(domain + ".enable", JSON.createObjectNode());
      }
      return chromium;
    } catch (Exception e) {
      process.destroyForcibly();
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasPort(Path file) throws IOException {
    return Files.exists(file) && Files.readAllLines(file).size() >= 2;
  }

  /** Sends the DevTools command {@code method} and waits for its result. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
    JsonNode response = result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.get("error"));
    }
    return response.path("result");
  }

  /** Opens {@code file} and waits until it has loaded; {@link #problems} are then its own. */
  void open(Path file) throws Exception {
    events.clear();
    loaded = new CompletableFuture<>();
    call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
    loaded.get(WAIT_SECONDS, TimeUnit.SECONDS);
    // A round trip after the load: every event the page caused has arrived before its answer.
    evaluate("document.readyState");
  }

  /** Evaluates {@code expression} in the page and returns its value. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result =
        call(
            "Runtime.evaluate",
            JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * Every problem the page reported: console errors and assertions, uncaught exceptions, log
   * entries of level error (failed loads, blocked content), and any request that is not for a
   * {@code file:} or {@code data:} URL.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (JsonNode event : events) {
      String method = event.path("method").asText();
      JsonNode params = event.path("params");
      switch (method) {
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("assert")) {
            problems.add("console." + type + ": " + params.path("args"));
          }
        }
        case "Runtime.exceptionThrown" ->
            problems.add("uncaught exception: " + params.path("exceptionDetails"));
        case "Log.entryAdded" -> {
          JsonNode entry = params.path("entry");
          if (entry.path("level").asText().equals("error")) {
            problems.add("log error: " + entry.path("text").asText() + " " + entry.path("url"));
          }
        }
        case "Network.requestWillBeSent" -> {
          String url = params.path("request").path("url").asText();
          if (!url.startsWith("file:") && !url.startsWith("data:")) {
            problems.add("network request: " + url);
          }
        }
        default -> {}
      }
    }
    return problems;
  }

  /** Saves a PNG of the whole page, as it shows on {@code media} ("screen" or "print"). */
  void screenshot(Path png, String media) throws Exception {
    call("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", media));
    JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode()).path("cssContentSize");
    ObjectNode params = JSON.createObjectNode().put("format", "png");
    params.put("captureBeyondViewport", true);
    params
        .putObject("clip")
        .put("x", 0)
        .put("y", 0)
        .put("width", size.path("width").asDouble())
        .put("height", size.path("height").asDouble())
        .put("scale", 1);
    JsonNode shot = call("Page.captureScreenshot", params);
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  /**
   * Lays the page out {@code width} × {@code height} CSS pixels wide (a phone's screen when narrow)
   * for {@code media} ("screen" or "print").
   */
  void viewport(int width, int height, String media) throws Exception {
    call(
        "Emulation.setDeviceMetricsOverride",
        JSON.createObjectNode()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", width < 600));
    call("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", media));
  }

  /**
   * Prints the page to a PDF of {@code widthInches} × {@code heightInches} paper, as the CSS says.
   */
  byte[] pdf(double widthInches, double heightInches) throws Exception {
    ObjectNode params =
        JSON.createObjectNode()
            .put("paperWidth", widthInches)
            .put("paperHeight", heightInches)
            .put("preferCSSPageSize", false)
            .put("printBackground", false);
    return Base64.getDecoder().decode(call("Page.printToPDF", params).get("data").asText());
  }

  /** Chromium's own log, for failure messages. */
  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws Exception {
    try {
      call("Browser.close", JSON.createObjectNode());
    } catch (Exception e) {
      // The browser may already be gone; it is ended below either way.
    }
    socket.abort();
    if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
    }
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable DevTools message: " + text, e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> result = pending.remove(message.get("id").asInt());
      if (result != null) {
        result.complete(message);
      }
      return;
    }
    events.add(message);
    if (message.path("method").asText().equals("Page.loadEventFired")) {
      loaded.complete(null);
    }
  }

  /** Joins the fragments of each message, then hands it to the browser. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    volatile Chromium chromium;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        Chromium target = chromium;
        if (target != null) {
          target.receive(text);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
