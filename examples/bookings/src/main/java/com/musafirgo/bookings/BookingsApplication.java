package com.musafirgo.bookings;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The bookings service: GET /health and GET /bookings, JSON, on PORT (8080 by default). */
public final class BookingsApplication {
  private BookingsApplication() {}

  public static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 0);
    server.createContext("/health", exchange -> send(exchange, 200, "{\"status\":\"ok\"}"));
    server.createContext("/bookings", exchange -> send(exchange, 200, "{\"items\":[],\"count\":0}"));
    server.start();
    return server;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  public static void main(String[] args) throws IOException {
    HttpServer server = start(Integer.parseInt(System.getenv().getOrDefault("PORT", "8080")));
    System.out.println("http://127.0.0.1:" + server.getAddress().getPort());
  }
}
