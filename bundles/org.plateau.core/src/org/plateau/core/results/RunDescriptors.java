package org.plateau.core.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The descriptors of a run in its manifest ({@code metrics}, {@code matrices}, {@code plots}), so that a run folder
 * says itself what it recorded and how to draw it: a reader needs no family to label or plot it.
 */
final class RunDescriptors {

	private RunDescriptors() {
	}

	static JsonArray metrics(List<MetricDescriptor> metrics) {
		JsonArray array = new JsonArray();
		for (MetricDescriptor metric : metrics) {
			JsonObject o = new JsonObject();
			o.addProperty("id", metric.id());
			o.addProperty("label", metric.label());
			o.addProperty("description", metric.description());
			if (metric.recordEvery() != 1) {
				o.addProperty("recordEvery", metric.recordEvery());
			}
			if (metric.summaries().size() != Summary.values().length) {
				JsonArray summaries = new JsonArray();
				for (Summary summary : Summary.values()) {
					if (metric.meaningful(summary)) {
						summaries.add(summary.name());
					}
				}
				o.add("summaries", summaries);
			}
			if (metric.ofSetting()) {
				o.addProperty("ofSetting", true);
			}
			if (!metric.meanings().isEmpty()) {
				JsonObject meanings = new JsonObject();
				for (Summary summary : Summary.values()) {
					if (!metric.meaningOf(summary).isEmpty()) {
						meanings.addProperty(summary.name(), metric.meaningOf(summary));
					}
				}
				o.add("meanings", meanings);
			}
			array.add(o);
		}
		return array;
	}

	static List<MetricDescriptor> metrics(JsonElement json) {
		List<MetricDescriptor> metrics = new ArrayList<>();
		for (JsonObject o : objects(json)) {
			Set<Summary> summaries = EnumSet.allOf(Summary.class);
			if (o.has("summaries")) {
				summaries.clear();
				for (JsonElement name : o.getAsJsonArray("summaries")) {
					try {
						summaries.add(Summary.valueOf(name.getAsString()));
					} catch (IllegalArgumentException unknown) {
						// a summary of a later version: not one this reader can plot
					}
				}
			}
			Map<Summary, String> meanings = new EnumMap<>(Summary.class);
			if (o.has("meanings") && o.get("meanings").isJsonObject()) {
				for (Map.Entry<String, JsonElement> meaning : o.getAsJsonObject("meanings").entrySet()) {
					try {
						meanings.put(Summary.valueOf(meaning.getKey()), meaning.getValue().getAsString());
					} catch (IllegalArgumentException unknown) {
						// a summary of a later version
					}
				}
			}
			metrics.add(new MetricDescriptor(string(o, "id"), string(o, "label"), string(o, "description"),
					o.has("recordEvery") ? o.get("recordEvery").getAsInt() : 1, summaries,
					o.has("ofSetting") && o.get("ofSetting").getAsBoolean(), meanings));
		}
		return metrics;
	}

	static JsonArray matrices(List<MatrixDescriptor> matrices) {
		JsonArray array = new JsonArray();
		for (MatrixDescriptor matrix : matrices) {
			JsonObject o = new JsonObject();
			o.addProperty("name", matrix.name());
			o.addProperty("title", matrix.title());
			o.add("rows", strings(matrix.rowLabels()));
			o.add("columns", strings(matrix.columnLabels()));
			array.add(o);
		}
		return array;
	}

	static List<MatrixDescriptor> matrices(JsonElement json) {
		List<MatrixDescriptor> matrices = new ArrayList<>();
		for (JsonObject o : objects(json)) {
			matrices.add(new MatrixDescriptor(string(o, "name"), string(o, "title"), strings(o.get("rows")),
					strings(o.get("columns"))));
		}
		return matrices;
	}

	static JsonArray plots(List<PlotDescriptor> plots) {
		JsonArray array = new JsonArray();
		for (PlotDescriptor plot : plots) {
			JsonObject o = new JsonObject();
			o.addProperty("id", plot.id());
			o.addProperty("title", plot.title());
			o.addProperty("kind", plot.kind());
			o.addProperty("xLabel", plot.xLabel());
			o.addProperty("timeScale", plot.timeScale());
			o.addProperty("yLabel", plot.yLabel());
			o.addProperty("logY", plot.logY());
			o.add("metrics", strings(plot.metricIds()));
			if (plot.matrixName() != null) {
				o.addProperty("matrix", plot.matrixName());
			}
			if (!plot.options().isEmpty()) {
				JsonObject options = new JsonObject();
				plot.options().forEach(options::addProperty);
				o.add("options", options);
			}
			array.add(o);
		}
		return array;
	}

	/** The plots of a manifest; a damaged entry is left out. */
	static List<PlotDescriptor> plots(JsonElement json) {
		List<PlotDescriptor> plots = new ArrayList<>();
		for (JsonObject o : objects(json)) {
			try {
				plots.add(new PlotDescriptor(string(o, "id"), string(o, "title"),
						string(o, "kind"), string(o, "xLabel"), o.get("timeScale").getAsDouble(), string(o, "yLabel"),
						o.get("logY").getAsBoolean(), strings(o.get("metrics")), o.has("matrix") ? string(o, "matrix") : null,
						options(o.get("options"))));
			} catch (RuntimeException e) {
				// a damaged entry: the others still draw
			}
		}
		return plots;
	}

	private static Map<String, String> options(JsonElement json) {
		Map<String, String> options = new LinkedHashMap<>();
		if (json != null && json.isJsonObject()) {
			json.getAsJsonObject().entrySet().forEach(e -> options.put(e.getKey(), e.getValue().getAsString()));
		}
		return options;
	}

	private static List<JsonObject> objects(JsonElement json) {
		List<JsonObject> objects = new ArrayList<>();
		if (json != null && json.isJsonArray()) {
			for (JsonElement element : json.getAsJsonArray()) {
				if (element.isJsonObject()) {
					objects.add(element.getAsJsonObject());
				}
			}
		}
		return objects;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	private static List<String> strings(JsonElement json) {
		List<String> values = new ArrayList<>();
		if (json != null && json.isJsonArray()) {
			json.getAsJsonArray().forEach(e -> values.add(e.getAsString()));
		}
		return values;
	}

	private static String string(JsonObject o, String name) {
		JsonElement element = o.get(name);
		return element == null || element.isJsonNull() ? null : element.getAsString();
	}
}
