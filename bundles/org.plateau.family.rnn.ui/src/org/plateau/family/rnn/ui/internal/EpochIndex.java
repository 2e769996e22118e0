package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;

/**
 * The slider's positions: the training epochs (snapshot steps) at which any of a plot's matrices was recorded, in
 * order, position 0 the first. A matrix not recorded at a position's epoch shows its last snapshot before it.
 */
public final class EpochIndex {

	private final long[] steps;

	/** The union of the steps of the given snapshot series. */
	public EpochIndex(Collection<? extends NavigableMap<Long, ?>> series) {
		TreeSet<Long> union = new TreeSet<>();
		for (NavigableMap<Long, ?> map : series) {
			union.addAll(map.keySet());
		}
		steps = new long[union.size()];
		int i = 0;
		for (long step : union) {
			steps[i++] = step;
		}
	}

	/** The number of positions. */
	public int size() {
		return steps.length;
	}

	/** Whether nothing was recorded. */
	public boolean isEmpty() {
		return steps.length == 0;
	}

	/** The epoch at a position (clamped to the range). */
	public long step(int position) {
		return steps[Math.max(0, Math.min(steps.length - 1, position))];
	}

	/** The epochs, first to last. */
	public List<Long> steps() {
		List<Long> list = new ArrayList<>(steps.length);
		for (long step : steps) {
			list.add(step);
		}
		return list;
	}

	/** The position of the last epoch at or before {@code step} (0 when all are after it). */
	public int position(long step) {
		int lo = 0;
		int hi = steps.length - 1;
		int found = 0;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (steps[mid] <= step) {
				found = mid;
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return found;
	}

	/**
	 * Where the slider goes when the data grow (a live run): it follows the newest epoch if it was on the last one,
	 * else it stays on the epoch it showed.
	 *
	 * @param previous the index before the data grew (null at first)
	 * @param position the slider's position in {@code previous}
	 */
	public int follow(EpochIndex previous, int position) {
		if (previous == null || previous.isEmpty() || position >= previous.size() - 1) {
			return Math.max(0, steps.length - 1);
		}
		return position(previous.step(position));
	}

	/** The snapshot of a series shown at a position: the last one at or before its epoch, or null. */
	public <T> T at(NavigableMap<Long, T> series, int position) {
		if (steps.length == 0) {
			return null;
		}
		var entry = series.floorEntry(step(position));
		return entry == null ? null : entry.getValue();
	}
}
