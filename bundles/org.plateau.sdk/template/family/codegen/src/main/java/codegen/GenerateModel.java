package codegen;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's generator on the family's GenModel outside Eclipse and writes the model code into the bundle's
 * {@code src-gen} folder, emptied first: nothing in it is edited by hand (the family's own code is in {@code src}).
 * <p>
 * The GenModel names the bundle as {@code platform:/resource/<bundle>/} and the shared experiment model as
 * {@code platform:/plugin/org.plateau.model/}; this program maps the first to the bundle's folder and the second to
 * the {@code org.plateau.model} jar of the Plateau SDK repository, so that the family's classes extend Plateau's
 * Task, Architecture and Initialisation.
 * <p>
 * Arguments: the SDK repository's URL ({@code file:}), the bundle's folder, the GenModel's path in it.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: GenerateModel SDK_URL BUNDLE_DIR GENMODEL");
		}
		Path sdk = sdkFolder(args[0]);
		Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
		String bundleName = bundle.getFileName().toString();

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(bundleName + "/", false),
				URI.createFileURI(bundle + "/"));
		resources.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("org.plateau.model/", false),
				URI.createURI("archive:" + modelJar(sdk).toUri() + "!/"));

		GenModel genModel = (GenModel) resources
				.getResource(URI.createPlatformResourceURI(bundleName + "/" + args[2], false), true).getContents().get(0);
		EcoreUtil.resolveAll(resources);
		List<String> problems = new ArrayList<>();
		for (Resource resource : resources.getResources()) {
			resource.getErrors().forEach(error -> problems.add(resource.getURI() + ": " + error.getMessage()));
		}
		EcoreUtil.UnresolvedProxyCrossReferencer.find(resources).keySet()
				.forEach(proxy -> problems.add("unresolved reference " + EcoreUtil.getURI(proxy)));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Cannot load " + args[2] + ":\n  " + String.join("\n  ", problems));
		}

		Path sources = bundle.resolve("src-gen");
		deleteTree(sources);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(args[2] + " is not valid: " + messages(diagnostic));
		}
		GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
		registry.addDescriptor(GenModelPackage.eNS_URI, ModelCodeOnly::new);
		Generator generator = new Generator(registry);
		generator.setInput(genModel);
		Monitor monitor = new BasicMonitor();
		diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("EMF could not generate " + args[2] + ": " + messages(diagnostic));
		}
		try (Stream<Path> files = Files.walk(sources)) {
			System.out.println("EMF model code of " + args[2] + ": " + files.filter(Files::isRegularFile).count()
					+ " files in " + sources);
		}
	}

	/** The SDK's folder: the generator reads org.plateau.model's Ecore model from the jar in its plugins/. */
	private static Path sdkFolder(String url) {
		if (!url.startsWith("file:")) {
			throw new IllegalArgumentException("plateau.sdk must be a file: URL of a local copy of the Plateau SDK"
					+ " repository for the EMF code generation, not " + url);
		}
		Path folder = Path.of(java.net.URI.create(url.replaceFirst("^file:/*", "file:///")));
		if (!Files.isDirectory(folder.resolve("plugins"))) {
			throw new IllegalArgumentException("plateau.sdk: " + folder + " is not a p2 repository (no plugins/ folder)");
		}
		return folder;
	}

	private static Path modelJar(Path sdk) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(sdk.resolve("plugins"), "org.plateau.model_*.jar")) {
			List<Path> found = new ArrayList<>();
			jars.forEach(found::add);
			return found.stream().max(Comparator.comparing(Path::toString))
					.orElseThrow(() -> new IllegalArgumentException("plateau.sdk: " + sdk
							+ " has no plugins/org.plateau.model_*.jar; is it the Plateau SDK repository?"));
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static String messages(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		diagnostic.getChildren().forEach(child -> text.append("\n  ").append(child.getMessage()));
		return text.toString();
	}

	/**
	 * EMF's model generator without the project files: MANIFEST.MF, build.properties, plugin.properties and
	 * plugin.xml belong to the family and are written by hand.
	 */
	private static final class ModelCodeOnly extends GenModelGeneratorAdapterFactory {
		@Override
		public Adapter createGenModelAdapter() {
			if (genModelGeneratorAdapter == null) {
				genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
					@Override
					protected void generateModelPluginProperties(GenModel model, Monitor progress) {
						progress.worked(1);
					}

					@Override
					protected void generateModelBuildProperties(GenModel model, Monitor progress) {
						progress.worked(1);
					}

					@Override
					protected void generateModelManifest(GenModel model, Monitor progress) {
						progress.worked(1);
					}
				};
			}
			return genModelGeneratorAdapter;
		}
	}
}
