package dev.evalpress.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One model version. {@code predecessor} is the id of the version it replaces, if any; {@code released}
 * orders versions ("release order": by date, then id).
 */
public record ModelVersion(
    String id, String name, String family, LocalDate released, Optional<String> predecessor, Source source) {}
