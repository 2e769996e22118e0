package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;

/**
 * The services a command runs with in these tests, found as Declarative Services exactly as the product finds them:
 * the family registry (with the families of this fragment's runtime) and the figure renderers.
 */
final class PlateauServices implements AutoCloseable {

	private final ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker;
	private final ServiceTracker<FigureRenderer, FigureRenderer> rendererTracker;
	final FamilyRegistry registry;
	final List<FigureRenderer> renderers;

	private PlateauServices(ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker,
			ServiceTracker<FigureRenderer, FigureRenderer> rendererTracker, FamilyRegistry registry,
			List<FigureRenderer> renderers) {
		this.registryTracker = registryTracker;
		this.rendererTracker = rendererTracker;
		this.registry = registry;
		this.renderers = renderers;
	}

	/**
	 * Waits for the services.
	 *
	 * @param families how many families to wait for: their DS components may arrive a moment after the registry
	 */
	static PlateauServices find(int families) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(PlateauCommand.class).getBundleContext();
		ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker = new ServiceTracker<>(context,
				FamilyRegistry.class, null);
		ServiceTracker<FigureRenderer, FigureRenderer> rendererTracker = new ServiceTracker<>(context,
				FigureRenderer.class, null);
		registryTracker.open();
		rendererTracker.open();
		FamilyRegistry registry = registryTracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		assertTrue(registry != null, "no FamilyRegistry service (is felix.scr started?)");
		rendererTracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		List<FigureRenderer> renderers = List.of(rendererTracker.getServices(new FigureRenderer[0]));
		assertFalse(renderers.isEmpty(), "no FigureRenderer service");
		for (int i = 0; i < 200 && registry.families().size() < families; i++) {
			Thread.sleep(50);
		}
		return new PlateauServices(registryTracker, rendererTracker, registry, renderers);
	}

	@Override
	public void close() {
		rendererTracker.close();
		registryTracker.close();
	}
}
