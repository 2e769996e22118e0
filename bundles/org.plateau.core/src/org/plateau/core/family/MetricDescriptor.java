package org.plateau.core.family;

import java.util.Objects;

/**
 * A scalar quantity that a simulation records over training time and that a theory may predict, such as the
 * loss or the strength of one mode. The {@link #id()} is the column name in results files and the key by which
 * theory curves are paired with simulated ones.
 *
 * @param id stable identifier, a valid CSV column name (letters, digits, {@code _ . -})
 * @param label human-readable label in the paper's vocabulary, e.g. {@code "a_1 (s=3.87)"}
 * @param description one sentence saying what the quantity is; may be empty
 */
public record MetricDescriptor(String id, String label, String description) {

	public MetricDescriptor {
		Objects.requireNonNull(id, "id");
		if (!id.matches("[A-Za-z0-9_.\\-]+")) {
			throw new IllegalArgumentException("Metric id '" + id + "' may only use letters, digits, '_', '.', '-'");
		}
		label = label == null ? id : label;
		description = description == null ? "" : description;
	}
}
