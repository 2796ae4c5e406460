package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import java.util.Optional;

/**
 * The latest version of one model family measured on an eval, its estimate, and the change from its
 * predecessor when the predecessor was measured too.
 */
public record DashboardEntry(
    String family, ModelVersion model, Estimate estimate, Optional<ModelVersion> predecessor,
    Optional<Change> change) {}
