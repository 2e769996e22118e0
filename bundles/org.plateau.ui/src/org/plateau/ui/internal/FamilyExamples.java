package org.plateau.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyProblem;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.navigator.ExperimentsWorkspace;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;

/**
 * What the workbench shows of the installed families (their names, descriptions and examples), asked through the
 * registry's guard: a family that fails is shown with what could be read and its problem, and is reported by its
 * bundle, rather than breaking the view that asked.
 */
public final class FamilyExamples {

	private FamilyExamples() {
	}

	/** Each family's examples, in the families' order (reading parses every example file: read once). */
	public static Map<ModelFamily, List<ExampleExperiment>> of(FamilyRegistry registry) {
		return of(registry, false);
	}

	/**
	 * Each family's examples, and with {@code sweeps} its example sweeps after them, in the families' order; a family
	 * whose examples cannot be listed is listed with none.
	 */
	public static Map<ModelFamily, List<ExampleExperiment>> of(FamilyRegistry registry, boolean sweeps) {
		Map<ModelFamily, List<ExampleExperiment>> examples = new LinkedHashMap<>();
		for (ModelFamily family : registry.families()) {
			List<ExampleExperiment> all = new ArrayList<>(
					registry.ask(family, "examples()", ModelFamily::examples).orElse(List.of()));
			if (sweeps) {
				all.addAll(registry.ask(family, "exampleSweeps()", ModelFamily::exampleSweeps).orElse(List.of()));
			}
			examples.put(family, List.copyOf(all));
		}
		return examples;
	}

	/** The family's name, or its id when the name cannot be read. */
	public static String name(FamilyRegistry registry, ModelFamily family) {
		return registry.ask(family, "name()", ModelFamily::name)
				.orElseGet(() -> registry.ask(family, "id()", ModelFamily::id).orElse("A model family"));
	}

	/** Whether a call into the family failed (its description says which). */
	public static boolean failed(FamilyRegistry registry, ModelFamily family) {
		String id = registry.ask(family, "id()", ModelFamily::id).orElse(null);
		return registry.problems().stream().anyMatch(p -> p.family().equals(id));
	}

	/** The family's description, or what went wrong with the family (its problems) when it failed. */
	public static String description(FamilyRegistry registry, ModelFamily family) {
		String description = registry.ask(family, "description()", ModelFamily::description).orElse("");
		String id = registry.ask(family, "id()", ModelFamily::id).orElse(null);
		String problems = registry.problems().stream().filter(p -> p.family().equals(id)).map(FamilyProblem::message)
				.collect(Collectors.joining("; "));
		if (problems.isEmpty()) {
			return description;
		}
		return "Failed: the " + problems + (description.isEmpty() ? "" : ". " + description);
	}

	/**
	 * Copies an example into the workspace under a free name and opens it in its editor; an example sweep comes with
	 * a copy of its base experiment. Says in a dialog why it cannot, and then returns {@code null}.
	 *
	 * @return the copy's file
	 */
	public static Path openCopy(IWorkbenchPage page, ExampleExperiment example) {
		RunManager runs = PlatformUI.getWorkbench().getService(RunManager.class);
		ExperimentsWorkspace workspace = new ExperimentsWorkspace(PlateauPreferences.workspaceFolder(), runs);
		try {
			Path file = example.fileName().endsWith("." + PlateauResources.SWEEP_FILE_EXTENSION)
					? workspace.createSweep(example)
					: workspace.create(example, workspace.freeName(example.name()));
			ExperimentsView.showCreated(page, file);
			return file;
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open example",
					"Cannot copy " + example.fileName() + " into " + workspace.folder() + ": " + e.getMessage());
			return null;
		}
	}
}
