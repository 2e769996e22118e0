package org.plateau.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyRegistry;

/**
 * The headless {@code plateau} application ({@code -application org.plateau.cli.plateau}). Looks up the family
 * registry and the figure renderers as OSGi services and hands the program arguments to {@link PlateauCommand}.
 * Resolves no UI bundle. The start script sets {@code -Dplateau.interactive=true} when standard error is a terminal
 * (a redrawn progress bar), so that a log file gets one progress line per 10% instead.
 */
public final class CliApplication implements IApplication {

	private static final long SERVICE_WAIT_MILLIS = 10_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		BundleContext bundleContext = bundle.getBundleContext();
		ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker = new ServiceTracker<>(bundleContext,
				FamilyRegistry.class, null);
		ServiceTracker<FigureRenderer, FigureRenderer> rendererTracker = new ServiceTracker<>(bundleContext,
				FigureRenderer.class, null);
		registryTracker.open();
		rendererTracker.open();
		try {
			FamilyRegistry registry = registryTracker.waitForService(SERVICE_WAIT_MILLIS);
			if (registry == null) {
				System.err.println("plateau: the model family registry did not start within "
						+ TimeUnit.MILLISECONDS.toSeconds(SERVICE_WAIT_MILLIS)
						+ " s (is org.apache.felix.scr installed and started?)");
				return 1;
			}
			rendererTracker.waitForService(SERVICE_WAIT_MILLIS);
			List<FigureRenderer> renderers = new ArrayList<>();
			for (FigureRenderer renderer : rendererTracker.getServices(new FigureRenderer[0])) {
				renderers.add(renderer);
			}
			CliContext cli = new CliContext(registry, renderers, System.out, System.err, Boolean.getBoolean("plateau.interactive"),
					CancelOnInterrupt::onShutdown);
			return PlateauCommand.execute(cli, args == null ? new String[0] : args);
		} catch (RuntimeException | Error e) {
			// never exit 0 in silence with the cause only in the configuration's log: one line, a non-zero code
			System.err.println("plateau: " + (e instanceof OutOfMemoryError ? "out of memory: the Java heap is full; give "
					+ "Java more memory (e.g. PLATEAU_VM_ARGS=-Xmx16g plateau ...)"
					: "internal error: " + Contributors.reason(e)));
			return PlateauCommand.EXIT_INTERNAL;
		} finally {
			rendererTracker.close();
			registryTracker.close();
		}
	}

	@Override
	public void stop() {
		// the command runs to completion or cancellation on its own
	}
}
