package org.plateau.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.ExperimentEditorInput;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.RunSource;
import org.plateau.ui.internal.runs.StoredRun;

/**
 * Measures the workbench's start-up for {@code releng/startup/workbench-startup.sh} (issue 19, item 8): with
 * {@code -Dplateau.startupProbe=FILE}, once the window is open and the event loop has handled everything the start
 * queued (the restored editors and views drawn), it writes the wall-clock time then ({@code ready=<epoch ms>}) to FILE
 * and closes the workbench, which saves its state. With {@code -Dplateau.startupProbe.open=A,B,...} it first opens
 * the experiments A, B, ... of the workspace in editors and shows their newest runs in the Plots view: the state a
 * restoring start then comes back to.
 */
final class StartupProbe {

	static final String FILE = "plateau.startupProbe";
	static final String OPEN = "plateau.startupProbe.open";

	private StartupProbe() {
	}

	/** Called once the workbench has started; does nothing unless the probe is asked for. */
	static void started(IWorkbench workbench) {
		String file = System.getProperty(FILE);
		if (file == null || file.isBlank()) {
			return;
		}
		Display display = Display.getCurrent();
		// asyncExec runs after the events already queued: the window and what it restored have been drawn
		display.asyncExec(() -> {
			long ready = System.currentTimeMillis();
			String opened = "";
			String open = System.getProperty(OPEN);
			if (open != null && !open.isBlank()) {
				opened = open(workbench, open.split(","));
			}
			try {
				Files.writeString(Path.of(file), "ready=" + ready + "\n" + opened, StandardCharsets.UTF_8);
			} catch (IOException e) {
				System.err.println("plateau: the start-up probe cannot write " + file + ": " + e.getMessage());
			}
			display.asyncExec(workbench::close);
		});
	}

	/** Opens the named experiments of the workspace and shows their newest runs; says what it opened. */
	private static String open(IWorkbench workbench, String[] names) {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		RunManager runs = workbench.getService(RunManager.class);
		StringBuilder said = new StringBuilder();
		List<RunSource> shown = new ArrayList<>();
		for (String name : names) {
			Path file = PlateauPreferences.workspaceFolder().resolve(name.strip() + ".plateau");
			try {
				page.openEditor(new ExperimentEditorInput(file), ExperimentEditor.ID);
				said.append("opened=").append(file).append('\n');
			} catch (PartInitException e) {
				said.append("failed=").append(file).append(": ").append(e.getMessage()).append('\n');
				continue;
			}
			try (var folders = Files.list(runs.runsFolder(name.strip()))) {
				Path newest = folders.filter(org.plateau.core.results.ResultsReader::isRunFolder).max(Path::compareTo)
						.orElse(null);
				if (newest != null) {
					shown.add(StoredRun.open(newest, runs.registry()));
				}
			} catch (IOException e) {
				said.append("no run of ").append(name).append(": ").append(e.getMessage()).append('\n');
			}
		}
		if (!shown.isEmpty()) {
			ExperimentsView.showInPlots(page, shown);
		}
		return said.toString();
	}
}
