package org.plateau.ui.internal.plots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * The plot kinds contributed to {@value #EXTENSION_POINT}, sorted by order then id. A contribution that cannot be
 * created is logged and left out; calls into a kind go through {@link Contributions} (SafeRunner), so a kind that
 * throws loses its plots, not the view, and the log names its bundle.
 */
public final class PlotKindRegistry {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "org.plateau.ui.plotKinds";

	/** One contributed kind. */
	public record Entry(String id, String name, int order, PlotKind kind) {
	}

	private final List<Entry> entries;

	/** The given kinds (for tests), sorted by order then id. */
	public PlotKindRegistry(List<Entry> entries) {
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::id));
		this.entries = List.copyOf(sorted);
	}

	/** The kinds contributed to the extension point of an extension registry. */
	public static PlotKindRegistry read(IExtensionRegistry registry) {
		ILog log = Platform.getLog(PlotKindRegistry.class);
		List<Entry> entries = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"plotKind".equals(element.getName())) {
				continue;
			}
			String id = element.getAttribute("id");
			String contributor = element.getContributor().getName();
			try {
				Object kind = element.createExecutableExtension("class");
				if (!(kind instanceof PlotKind plotKind)) {
					log.error("Plot kind '" + id + "' of " + contributor + ": class " + element.getAttribute("class")
							+ " does not implement " + PlotKind.class.getName());
					continue;
				}
				entries.add(new Entry(id == null ? element.getAttribute("class") : id,
						element.getAttribute("name") == null ? id : element.getAttribute("name"),
						order(element.getAttribute("order"), id, contributor, log), plotKind));
			} catch (CoreException | RuntimeException | LinkageError e) {
				log.error("Plot kind '" + id + "' of " + contributor + " could not be created: " + e.getMessage(), e);
			}
		}
		return new PlotKindRegistry(entries);
	}

	/** The kinds of the running platform. */
	public static PlotKindRegistry fromPlatform() {
		return read(Platform.getExtensionRegistry());
	}

	private static int order(String value, String id, String contributor, ILog log) {
		if (value == null || value.isBlank()) {
			return 100;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			log.warn("Plot kind '" + id + "' of " + contributor + ": order '" + value + "' is not an integer; using 100");
			return 100;
		}
	}

	/** The kinds, by order then id. */
	public List<Entry> kinds() {
		return entries;
	}

	/** A kind by id. */
	public Optional<Entry> kind(String id) {
		return entries.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/** What a kind offers for a run; empty when it throws (the failure is logged with the kind's bundle). */
	public static List<PlotDescriptor> plotsFor(Entry entry, RunResult run) {
		return Contributions.call(entry.kind(), "Plot kind '" + entry.id() + "', listing its plots", () -> {
			List<PlotDescriptor> offered = entry.kind().plotsFor(run);
			return offered == null ? null : List.copyOf(offered);
		}, List.of());
	}

	/** Creates a plot of a kind; empty when the kind throws (the failure is logged with the kind's bundle). */
	public static Optional<Plot> create(Entry entry, Composite parent, PlotDescriptor plot, PlotContext context) {
		return Optional.ofNullable(Contributions.call(entry.kind(),
				"Plot kind '" + entry.id() + "', creating plot '" + plot.id() + "'",
				() -> entry.kind().create(parent, plot, context), null));
	}
}
