package org.plateau.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunManager;

/**
 * Contributed code that throws loses its own part, not the workbench (issue 13, point 9): a model family whose every
 * answer throws is installed next to the real ones (asked first: its id sorts first), a listener of runs and a figure
 * renderer that throw are added, and a family runs out of memory in its run. The navigator, the Model Families view
 * and the runs go on, and the log names the failing bundle.
 */
class BrokenContributionsTest {

	/** Sorts before every installed family: asked first. */
	private static final String BROKEN = "org.plateau.aaa.broken";

	private final BundleContext context = FrameworkUtil.getBundle(BrokenContributionsTest.class).getBundleContext();
	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
	private final List<String> logged = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> collect(status);

	private void collect(IStatus status) {
		logged.add(status.getPlugin() + ": " + status.getMessage());
		for (IStatus child : status.getChildren()) {
			collect(child);
		}
	}

	@BeforeEach
	void listenToTheLog() {
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void removeTheContributions() {
		registrations.forEach(ServiceRegistration::unregister);
		Platform.removeLogListener(logListener);
	}

	private static RunManager runs() {
		return PlatformUI.getWorkbench().getService(RunManager.class);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Installs a family as a bundle does (an OSGi service) and waits for the registry to bind it. */
	private void install(ModelFamily family) {
		registrations.add(context.registerService(ModelFamily.class, family, new Hashtable<>()));
		UiTestSupport.waitUntil("the registry binds " + family.id(), 5000,
				() -> runs().registry().families().contains(family));
	}

	private static ModelFamily deepLinear() {
		return runs().registry().families().stream().filter(f -> f.id().equals("org.plateau.family.deeplinear"))
				.findFirst().orElseThrow();
	}

	/** A short experiment of the deep linear family, from its first example. */
	private static Experiment deepLinearExperiment(String name) throws Exception {
		ExampleExperiment example = deepLinear().examples().get(0);
		Experiment experiment = PlateauResources.load(example.location());
		experiment.setName(name);
		experiment.getTraining().setSteps(Math.min(200, experiment.getTraining().getSteps()));
		return experiment;
	}

	private boolean loggedWith(String... parts) {
		return logged.stream().anyMatch(line -> Arrays.stream(parts).allMatch(line::contains));
	}

	@Test
	void aFamilyWhoseEveryAnswerThrowsLeavesTheNavigatorAndTheFamiliesViewWorking() throws Exception {
		install(new BrokenFamily());
		Path file = new org.plateau.ui.internal.navigator.ExperimentsWorkspace(
				org.plateau.ui.internal.prefs.PlateauPreferences.workspaceFolder(), runs())
				.create(deepLinearExperiment("isolation-navigator"), "isolation-navigator");
		try {
			ExperimentsView navigator = (ExperimentsView) page().showView(ExperimentsView.ID);
			navigator.refresh();
			UiTestSupport.settle(300);
			TreeItem item = Arrays.stream(navigator.viewer().getTree().getItems())
					.filter(i -> i.getText(0).equals("isolation-navigator")).findFirst().orElse(null);
			assertNotNull(item, "the experiment is listed");
			assertTrue(item.getText(1).startsWith("Deep linear networks"),
					"its family is found past the broken one: " + item.getText(1));

			IViewPart open = page().findView(FamiliesView.ID);
			if (open != null) {
				page().hideView(open);
			}
			FamiliesView families = (FamiliesView) page().showView(FamiliesView.ID);
			UiTestSupport.waitUntil("the families' examples are read", 20_000, families::isLoaded);
			UiTestSupport.settle(100);
			List<TreeItem> rows = Arrays.asList(families.viewer().getTree().getItems());
			TreeItem real = rows.stream().filter(r -> r.getText(0).equals("Deep linear networks")).findFirst()
					.orElse(null);
			assertNotNull(real, "the working families are listed: " + rows.stream().map(r -> r.getText(0)).toList());
			assertTrue(real.getItemCount() >= 4, "with their examples");
			TreeItem broken = rows.stream().filter(r -> r.getText(0).equals(BROKEN)).findFirst().orElse(null);
			assertNotNull(broken, "the broken family is listed by its id");
			assertTrue(broken.getText(1).contains("failed in"), "and says it failed: " + broken.getText(1));
			families.viewer().getTree().setFocus();
			UiTestSupport.screenshot(families.getSite().getShell(), "families-view-broken-family.png");

			assertTrue(loggedWith("model family " + BROKEN + " (bundle org.plateau.ui", "failed in handles()",
					"no answer from this family"), "the log names the family and its bundle: " + logged);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aListenerOfRunsAndAFigureRendererThatThrowDoNotStopTheRunOrTheOtherListeners() throws Exception {
		List<String> heard = new CopyOnWriteArrayList<>();
		Consumer<LiveRun> failing = run -> {
			throw new IllegalStateException("the listener's view is closed");
		};
		Consumer<LiveRun> recording = run -> heard.add(run.isLive() ? "live" : "ended");
		registrations.add(context.registerService(FigureRenderer.class, new BrokenRenderer(), new Hashtable<>()));
		runs().addListener(failing);
		runs().addListener(recording);
		try {
			LiveRun run = runs().start(deepLinearExperiment("isolation-listeners"), null);
			UiTestSupport.waitUntil("the run ends", 60_000, () -> !run.isLive());
			UiTestSupport.waitUntil("the listeners hear that it ended", 5_000, () -> heard.contains("ended"));

			assertEquals(null, run.failure(), "the run is not failed by a listener or a renderer");
			assertNotNull(run.result(), "the run ended with its results");
			Path folder = run.folder().orElseThrow();
			try (var figures = Files.list(folder.resolve("figures"))) {
				assertTrue(figures.findAny().isPresent(), "the other renderers' figures are written in " + folder);
			}
			assertTrue(loggedWith("A listener of runs", "(bundle org.plateau.ui", "the listener's view is closed"),
					"the log names the listener's bundle: " + logged);
		} finally {
			runs().removeListener(failing);
			runs().removeListener(recording);
		}
	}

	@Test
	void aRunThatExhaustsMemoryEndsWithAnErrorAndTheWorkbenchGoesOn() throws Exception {
		install(new OutOfMemoryFamily(deepLinear()));
		List<IStatus> results = new CopyOnWriteArrayList<>();
		Experiment experiment = deepLinearExperiment("isolation-memory");
		JobChangeAdapter jobs = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().getName().equals("Run isolation-memory")) {
					results.add(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(jobs);
		try {
			LiveRun run = runs().start(experiment, null);
			UiTestSupport.waitUntil("the run ends", 60_000, () -> !results.isEmpty());
			IStatus result = results.get(0);
			// a failed run is a warning or an error of the run (the Progress view shows it), not of the workbench
			assertTrue(result.getSeverity() >= IStatus.WARNING, result.toString());
			assertTrue(result.getMessage().contains("isolation-memory") && result.getMessage().contains("out of memory"),
					"the run's status names the experiment and the memory: " + result.getMessage());
			UiTestSupport.waitUntil("the run is no longer live", 5_000, () -> !run.isLive());
			String said = run.failure() != null ? run.failure() : run.result().outcome().message();
			assertTrue(said.contains("out of memory"), "the navigator says so: " + said);

			// the workbench goes on: another run of the real family trains to its end
			registrations.remove(0).unregister();
			LiveRun next = runs().start(deepLinearExperiment("isolation-after-memory"), null);
			UiTestSupport.waitUntil("the next run ends", 60_000, () -> !next.isLive());
			assertEquals(null, next.failure());
		} finally {
			Job.getJobManager().removeJobChangeListener(jobs);
		}
	}

	/** A family whose every answer but its id throws. */
	private static final class BrokenFamily implements ModelFamily {
		private static IllegalStateException failure() {
			return new IllegalStateException("no answer from this family");
		}

		@Override
		public String id() {
			return BROKEN;
		}

		@Override
		public String name() {
			throw failure();
		}

		@Override
		public String description() {
			throw failure();
		}

		@Override
		public boolean handles(Experiment experiment) {
			throw failure();
		}

		@Override
		public List<ExampleExperiment> examples() {
			throw failure();
		}

		@Override
		public List<ExampleExperiment> exampleSweeps() {
			throw failure();
		}

		@Override
		public PreparedExperiment prepare(Experiment experiment) {
			throw failure();
		}
	}

	/** A family that handles what another handles, and runs out of memory in the first step of training. */
	private static final class OutOfMemoryFamily implements ModelFamily {
		private final ModelFamily real;

		OutOfMemoryFamily(ModelFamily real) {
			this.real = real;
		}

		@Override
		public String id() {
			return "org.plateau.aaa.memory";
		}

		@Override
		public String name() {
			return "A family that runs out of memory";
		}

		@Override
		public String description() {
			return "";
		}

		@Override
		public boolean handles(Experiment experiment) {
			return real.handles(experiment);
		}

		@Override
		public List<ExampleExperiment> examples() {
			return List.of();
		}

		@Override
		public List<ExampleExperiment> exampleSweeps() {
			return List.of();
		}

		@Override
		public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
			PreparedExperiment prepared = real.prepare(experiment);
			return new PreparedExperiment() {
				@Override
				public List<MetricDescriptor> metrics() {
					return prepared.metrics();
				}

				@Override
				public List<MatrixDescriptor> matrices() {
					return prepared.matrices();
				}

				@Override
				public List<PlotDescriptor> plots() {
					return prepared.plots();
				}

				@Override
				public Trainer trainer() {
					return new Trainer() {
						@Override
						public boolean step() {
							throw new OutOfMemoryError("Java heap space");
						}

						@Override
						public void measure(double[] into) {
							Arrays.fill(into, 1);
						}

						@Override
						public boolean isFinite() {
							return true;
						}
					};
				}

				@Override
				public List<TheoryPrediction> theory() throws ExperimentException {
					return prepared.theory();
				}
			};
		}

		@Override
		public Optional<org.plateau.core.family.NetworkDiagram> diagram(Experiment experiment) {
			return Optional.empty();
		}
	}

	/** A figure renderer that throws on every figure. */
	private static final class BrokenRenderer implements FigureRenderer {
		@Override
		public List<Path> render(PlotDescriptor plot, RunResult result, Path directory) throws IOException {
			throw new IllegalStateException("no figure from this renderer");
		}

		@Override
		public List<Path> render(ParameterPlot plot, Path directory) throws IOException {
			throw new IllegalStateException("no figure from this renderer");
		}
	}
}
