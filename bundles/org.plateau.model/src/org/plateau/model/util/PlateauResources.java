package org.plateau.model.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Sweep;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing experiment files (<code>*.plateau</code>, XMI) with or without OSGi.
 * <p>
 * Inside Eclipse the <code>plugin.xml</code> of this bundle registers the package and the <code>plateau</code>
 * resource factory, and each family bundle registers its own package. Outside OSGi (tests, plain Java programs)
 * {@link #newResourceSet(EPackage...)} registers them on a resource set; a family's package can also be made
 * known by touching its <code>eINSTANCE</code>, which registers it globally.
 * <p>
 * Results of runs are kept outside the XMI; the model only records where they are.
 */
public final class PlateauResources {
	/**
	 * The file extension of experiment files, without the dot.
	 */
	public static final String FILE_EXTENSION = "plateau";

	/**
	 * The file extension of sweep files, without the dot.
	 */
	public static final String SWEEP_FILE_EXTENSION = "sweep";

	private PlateauResources() {
	}

	/**
	 * Creates a resource set that reads and writes experiment files, registering the experiment package, the given
	 * (family) packages and the XMI resource factory for <code>*.plateau</code> on the set itself, so that no
	 * global or OSGi registration is needed.
	 *
	 * @param packages further packages whose objects the files may hold, typically the families' model packages
	 * @return a new resource set
	 */
	public static ResourceSet newResourceSet(EPackage... packages) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(PlateauPackage.eNS_URI, PlateauPackage.eINSTANCE);
		for (EPackage ePackage : packages) {
			resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new PlateauResourceFactoryImpl());
		return resourceSet;
	}

	/**
	 * Loads the experiment stored in a file, in a {@link #newResourceSet(EPackage...) new resource set}.
	 *
	 * @param file the experiment file
	 * @return the experiment, the root object of the file
	 * @throws ExperimentFileException if the file cannot be read, is not well-formed XML, uses an unknown model
	 *         namespace, class or feature, holds an illegal value, or does not hold exactly one {@link Experiment}
	 */
	public static Experiment load(Path file) throws ExperimentFileException {
		return load(newResourceSet(), file);
	}

	/**
	 * Loads the experiment stored in a file into the given resource set, whatever the file's extension. A resource
	 * for the same file already in the set is removed from it first (its objects are left as they are).
	 *
	 * @param resourceSet the resource set, which must know the packages of the families the file uses
	 * @param file the experiment file
	 * @return the experiment, the root object of the file
	 * @throws ExperimentFileException if the file cannot be read, is not well-formed XML, uses an unknown model
	 *         namespace, class or feature, holds an illegal value, or does not hold exactly one {@link Experiment}
	 */
	public static Experiment load(ResourceSet resourceSet, Path file) throws ExperimentFileException {
		return loadRoot(resourceSet, file, Experiment.class);
	}

	/**
	 * Loads the sweep stored in a file (<code>*.sweep</code>), with the base experiment it refers to.
	 *
	 * @param file the sweep file
	 * @return the sweep, its base experiment loaded into the same resource set
	 * @throws ExperimentFileException if the sweep file, or the base experiment it names, cannot be read (as
	 *         {@link #load(Path)}), or the file does not hold exactly one {@link Sweep}
	 */
	public static Sweep loadSweep(Path file) throws ExperimentFileException {
		return loadSweep(newResourceSet(), file);
	}

	/**
	 * Loads the sweep stored in a file into the given resource set (an editor's), with the base experiment it refers
	 * to, which the set must be able to read.
	 *
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}
	 */
	public static Sweep loadSweep(ResourceSet resourceSet, Path file) throws ExperimentFileException {
		Sweep sweep = loadRoot(resourceSet, file, Sweep.class);
		return resolveBase(sweep, file.toAbsolutePath().normalize());
	}

	/**
	 * Loads the sweep stored at a URL, such as an example inside a family's bundle, with its base experiment.
	 *
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}, naming the URL
	 */
	public static Sweep loadSweep(java.net.URL location) throws ExperimentFileException {
		Sweep sweep = loadRoot(location, Sweep.class);
		return resolveBase(sweep, Path.of(location.getPath().isEmpty() ? location.toString() : location.getPath()));
	}

	/**
	 * Saves a sweep to a file, as UTF-8 XMI. Its base experiment stays where it is; the sweep refers to it by a
	 * path relative to the sweep file.
	 *
	 * @throws ExperimentFileException if the file cannot be written
	 */
	public static void saveSweep(Sweep sweep, Path file) throws ExperimentFileException {
		saveRoot(sweep, file);
	}

	/** Loads the base experiment a sweep names, so that a missing or broken file is reported by name. */
	private static Sweep resolveBase(Sweep sweep, Path file) throws ExperimentFileException {
		Experiment base = sweep.getBase();
		if (base != null && base.eIsProxy()) {
			URI baseUri = ((InternalEObject)base).eProxyURI().trimFragment();
			ResourceSet resourceSet = sweep.eResource().getResourceSet();
			String reason = "it holds no Experiment at " + ((InternalEObject)base).eProxyURI().fragment();
			try {
				Resource baseResource = resourceSet.getResource(baseUri, true);
				if (!baseResource.getErrors().isEmpty()) {
					reason = baseResource.getErrors().get(0).getMessage();
				}
			}
			catch (RuntimeException e) {
				Throwable cause = e.getCause() != null ? e.getCause() : e;
				reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
			}
			throw new ExperimentFileException(file, "Cannot load " + file + ": its base experiment " + (baseUri.isFile() ? baseUri.toFileString() : baseUri.toString())
				+ " cannot be read: " + reason, null);
		}
		return sweep;
	}

	private static <T extends EObject> T loadRoot(ResourceSet resourceSet, Path file, Class<T> type) throws ExperimentFileException {
		Path path = file.toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": no such file", null);
		}
		if (Files.isDirectory(path)) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": it is a folder, not an experiment file", null);
		}
		if (!Files.isReadable(path)) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": the file is not readable (permission denied)", null);
		}

		URI uri = URI.createFileURI(path.toString());
		Resource previous = resourceSet.getResource(uri, false);
		if (previous != null) {
			resourceSet.getResources().remove(previous);
		}
		Resource resource = new PlateauResourceFactoryImpl().createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(resourceSet.getLoadOptions());
		}
		catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new ExperimentFileException(path, "Cannot load " + path + ": " + describeLoadProblem(resource, e), e);
		}

		List<EObject> contents = resource.getContents();
		String expected = type.getSimpleName();
		String article = "AEIOU".indexOf(expected.charAt(0)) >= 0 ? "an " : "a ";
		if (contents.isEmpty()) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": it holds no model object, expected " + article + expected, null);
		}
		EObject root = contents.get(0);
		if (!type.isInstance(root)) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": its root object is a " + root.eClass().getName()
				+ " (" + root.eClass().getEPackage().getNsURI() + "), expected " + article + expected, null);
		}
		if (contents.size() > 1) {
			throw new ExperimentFileException(path, "Cannot load " + path + ": it holds " + contents.size()
				+ " root objects, expected a single " + expected, null);
		}
		return type.cast(root);
	}

	/**
	 * Loads the experiment stored at a URL, such as an example inside a family's bundle.
	 *
	 * @param location where the experiment file is
	 * @return the experiment, the root object of the file
	 * @throws ExperimentFileException as {@link #load(Path)}, naming the URL
	 */
	public static Experiment load(java.net.URL location) throws ExperimentFileException {
		return loadRoot(location, Experiment.class);
	}

	private static <T extends EObject> T loadRoot(java.net.URL location, Class<T> type) throws ExperimentFileException {
		Path name = Path.of(location.getPath().isEmpty() ? location.toString() : location.getPath());
		URI uri = URI.createURI(location.toString());
		Resource resource = new PlateauResourceFactoryImpl().createResource(uri);
		newResourceSet().getResources().add(resource);
		try (java.io.InputStream in = location.openStream()) {
			resource.load(in, Collections.emptyMap());
		}
		catch (IOException | RuntimeException e) {
			throw new ExperimentFileException(name, "Cannot load " + location + ": " + describeLoadProblem(resource, e), e);
		}
		if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
			throw new ExperimentFileException(name, "Cannot load " + location + ": expected a single " + type.getSimpleName(), null);
		}
		return type.cast(resource.getContents().get(0));
	}

	/**
	 * Saves an experiment to a file, as UTF-8 XMI. An experiment that is in no resource yet is put into a new
	 * resource for the file; one whose resource has another location is saved as the new file (its resource takes
	 * the new location, as "Save As" does).
	 *
	 * @param experiment the experiment, the root object of its resource if it has one
	 * @param file the file to write
	 * @throws ExperimentFileException if the folder does not exist or the file cannot be written
	 */
	public static void save(Experiment experiment, Path file) throws ExperimentFileException {
		saveRoot(experiment, file);
	}

	private static void saveRoot(EObject root, Path file) throws ExperimentFileException {
		Path path = file.toAbsolutePath().normalize();
		Path folder = path.getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ExperimentFileException(path, "Cannot save " + path + ": the folder " + folder + " does not exist", null);
		}
		if (Files.isDirectory(path)) {
			throw new ExperimentFileException(path, "Cannot save " + path + ": it is a folder", null);
		}

		URI uri = URI.createFileURI(path.toString());
		Resource resource = root.eResource();
		if (resource == null) {
			resource = new PlateauResourceFactoryImpl().createResource(uri);
			newResourceSet().getResources().add(resource);
			resource.getContents().add(root);
		}
		else if (!uri.equals(resource.getURI())) {
			resource.setURI(uri);
		}

		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		try {
			resource.save(options);
		}
		catch (IOException | RuntimeException e) {
			String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
			throw new ExperimentFileException(path, "Cannot save " + path + ": " + reason, e);
		}
	}

	/**
	 * Turns what EMF's XML loader reports into words: where in the file, and what is wrong.
	 */
	private static String describeLoadProblem(Resource resource, Exception exception) {
		Throwable problem = exception;
		if (!resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Throwable) {
			problem = (Throwable)resource.getErrors().get(0);
		}
		else if ((exception instanceof Resource.IOWrappedException || exception instanceof WrappedException) && exception.getCause() != null) {
			problem = exception.getCause();
		}
		if (!(problem instanceof SAXException) && problem.getCause() instanceof SAXException) {
			// The XML parser's own complaint, which EMF wraps in a resource diagnostic.
			problem = problem.getCause();
		}

		String where = "";
		if (problem instanceof Resource.Diagnostic && ((Resource.Diagnostic)problem).getLine() > 0) {
			Resource.Diagnostic diagnostic = (Resource.Diagnostic)problem;
			where = "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": ";
		}
		else if (problem instanceof SAXParseException && ((SAXParseException)problem).getLineNumber() > 0) {
			SAXParseException parseException = (SAXParseException)problem;
			where = "line " + parseException.getLineNumber() + ", column " + parseException.getColumnNumber() + ": ";
		}

		if (problem instanceof SAXException) {
			Exception wrapped = ((SAXException)problem).getException();
			String message = wrapped != null && wrapped.getMessage() != null ? wrapped.getMessage() : problem.getMessage();
			return where + "not well-formed XML (" + message + ")";
		}
		if (problem instanceof PackageNotFoundException) {
			String nsURI = ((PackageNotFoundException)problem).uri();
			if (nsURI == null || nsURI.isEmpty()) {
				return where + "not an experiment file (the root element has no model namespace)";
			}
			return where + "unknown model namespace '" + nsURI + "' (no installed model package or family provides it)";
		}
		if (problem instanceof ClassNotFoundException) {
			return where + "unknown class '" + ((ClassNotFoundException)problem).getName() + "' (not defined by its package, or abstract)";
		}
		if (problem instanceof FeatureNotFoundException) {
			return where + "unknown attribute or element '" + ((FeatureNotFoundException)problem).getName() + "'";
		}
		if (problem instanceof IllegalValueException) {
			IllegalValueException illegalValue = (IllegalValueException)problem;
			return where + "illegal value '" + illegalValue.getValue() + "' for " + illegalValue.getFeature().getName();
		}
		String message = problem.getMessage();
		return where + (message != null ? message : problem.getClass().getSimpleName());
	}
}
