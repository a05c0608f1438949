package dev.roadmapkit.osfundamentals.memoryleak;

/** Given: a report a {@link ReportCache} loads and keeps. Do not change this record. */
public record Report(String key, String body) {}
