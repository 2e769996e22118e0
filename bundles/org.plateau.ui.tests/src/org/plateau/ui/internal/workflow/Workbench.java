package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.plateau.core.family.ModelFamily;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.LiveSweep;
import org.plateau.ui.internal.runs.RunManager;

/** The workbench as the workflow tests drive it: its window, views, commands and runs. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static RunManager runs() {
		return PlatformUI.getWorkbench().getService(RunManager.class);
	}

	@SuppressWarnings("unchecked")
	/** The installed family of an id (the test runtime holds several; their order is the registry's). */
	static ModelFamily family(String id) {
		return runs().registry().families().stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("the family " + id + " is not installed"));
	}

	/** The deep linear family, whose examples the workflow tests start from. */
	static ModelFamily deepLinear() {
		return family("org.plateau.family.deeplinear");
	}

	static <T extends IViewPart> T view(String id) throws PartInitException {
		T view = (T) page().showView(id);
		UiTestSupport.settle(100);
		return view;
	}

	static ExperimentsView experiments() throws PartInitException {
		return view(ExperimentsView.ID);
	}

	static PlotsView plots() throws PartInitException {
		return view(PlotsView.ID);
	}

	/** Executes a command as the menu or toolbar does, with a part active. */
	static void execute(String commandId, IWorkbenchPart active) throws Exception {
		page().activate(active);
		UiTestSupport.settle(50);
		IHandlerService handlers = window().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
		UiTestSupport.settle(50);
	}

	/** Whether a command is defined (sanity check for plugin.xml). */
	static Command command(String id) {
		Command command = window().getService(ICommandService.class).getCommand(id);
		assertNotNull(command, id);
		return command;
	}

	/** Starts the run command and returns the run it queued. */
	static LiveRun run(IWorkbenchPart active) throws Exception {
		return started(active, runs().liveRuns(), runs()::addListener, runs()::removeListener, "run");
	}

	/** Starts the run command on a sweep and returns the sweep it started. */
	static LiveSweep runSweep(IWorkbenchPart active) throws Exception {
		return started(active, runs().liveSweeps(), runs()::addSweepListener, runs()::removeSweepListener, "sweep");
	}

	/**
	 * Runs the run command and returns what it started, heard as it starts: a short run (0.2 s on the BLAS kernels)
	 * may have ended before the command returns, so it would no longer be among the live ones.
	 */
	private static <T> T started(IWorkbenchPart active, List<T> before, Consumer<Consumer<T>> listen,
			Consumer<Consumer<T>> unlisten, String what) throws Exception {
		List<T> started = new CopyOnWriteArrayList<>();
		Consumer<T> listener = job -> {
			if (!before.contains(job) && !started.contains(job)) {
				started.add(job);
			}
		};
		listen.accept(listener);
		try {
			execute("org.plateau.ui.commands.run", active);
		} finally {
			unlisten.accept(listener);
		}
		if (started.isEmpty()) {
			throw new AssertionError("the Run command started no " + what);
		}
		return started.get(0);
	}

	/** Runs the event loop until a run has ended. */
	static void awaitEnd(LiveRun run, long timeoutMillis) {
		UiTestSupport.waitUntil("the run of " + run.experiment().getName() + " ends", timeoutMillis,
				() -> !run.isLive());
		UiTestSupport.waitUntil("the run is no longer listed as live", 5000, () -> !runs().liveRuns().contains(run));
		UiTestSupport.settle(300);
	}

	static ExecutionEvent none() {
		return new ExecutionEvent();
	}
}
