package org.plateau.core.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;

/** Snapshots of named matrices at training steps. Stores copies. */
public final class MatrixSnapshots {

	private final Map<String, NavigableMap<Long, DMatrixRMaj>> byName = new LinkedHashMap<>();

	/** Stores a copy of {@code matrix} as the value of {@code name} at {@code step}. */
	public void put(String name, long step, DMatrixRMaj matrix) {
		byName.computeIfAbsent(name, n -> new TreeMap<>()).put(step, matrix.copy());
	}

	/** The snapshots of one matrix by step (unmodifiable; empty if none). */
	public NavigableMap<Long, DMatrixRMaj> of(String name) {
		NavigableMap<Long, DMatrixRMaj> map = byName.get(name);
		return map == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(map);
	}

	/** The names that have snapshots. */
	public Iterable<String> names() {
		return Collections.unmodifiableSet(byName.keySet());
	}

	/** Whether nothing was stored. */
	public boolean isEmpty() {
		return byName.isEmpty();
	}
}
