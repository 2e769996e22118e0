package org.plateau.model.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
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
		resourceSet.setURIConverter(localFilesOnly());
		return resourceSet;
	}

	/**
	 * A URI converter that opens local files and nothing else: any other URI (http, https, ftp, jar, platform, ...)
	 * is refused with an {@link IOException} that names it, before any connection is made.
	 */
	public static URIConverter localFilesOnly() {
		URIHandler refuse = new URIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				return true;
			}

			@Override
			public java.io.InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Plateau reads local files only and does not open " + Texts.printable(uri.toString()));
			}

			@Override
			public java.io.OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Plateau writes local files only and does not open " + Texts.printable(uri.toString()));
			}

			@Override
			public void delete(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Plateau deletes local files only, not " + Texts.printable(uri.toString()));
			}

			@Override
			public boolean exists(URI uri, Map<?, ?> options) {
				return false;
			}

			@Override
			public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
				return Collections.emptyMap();
			}
		};
		URIHandler files = new FileURIHandlerImpl() {
			@Override
			public boolean canHandle(URI uri) {
				// a local file: file:/path, not file://host/share
				return super.canHandle(uri) && (uri.authority() == null || uri.authority().isEmpty());
			}
		};
		return new ExtensibleURIConverterImpl(List.of(files, refuse), ContentHandler.Registry.INSTANCE.contentHandlers());
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
	 * Loads the sweep stored in a file (<code>*.sweep</code>), with the base experiment it refers to, which must be a
	 * file named relative to the sweep file (<code>base.plateau</code>, <code>../experiments/base.plateau</code>): an
	 * absolute path is refused (see {@link #loadSweep(Path, boolean)}), and so is a URL of any kind (http, https, ftp,
	 * jar, platform, ...): nothing is read over the network.
	 *
	 * @param file the sweep file
	 * @return the sweep, its base experiment loaded into the same resource set
	 * @throws ExperimentFileException if the sweep file, or the base experiment it names, cannot be read (as
	 *         {@link #load(Path)}), the file does not hold exactly one {@link Sweep}, or the base is not a relative path
	 */
	public static Sweep loadSweep(Path file) throws ExperimentFileException {
		return loadSweep(file, false);
	}

	/**
	 * Loads the sweep stored in a file, with its base experiment, which must be a file: named relative to the sweep
	 * file, or by an absolute path when the caller allows it (for example on the command line's explicit request). A
	 * URL is always refused.
	 *
	 * @param file the sweep file
	 * @param allowAbsoluteBase whether the base may be named by an absolute path
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}
	 */
	public static Sweep loadSweep(Path file, boolean allowAbsoluteBase) throws ExperimentFileException {
		return loadSweep(newResourceSet(), file, allowAbsoluteBase);
	}

	/**
	 * Loads the sweep stored in a file into the given resource set (an editor's), with the base experiment it refers
	 * to, which the set must be able to read; the base must be named relative to the sweep file.
	 *
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}
	 */
	public static Sweep loadSweep(ResourceSet resourceSet, Path file) throws ExperimentFileException {
		return loadSweep(resourceSet, file, false);
	}

	/**
	 * Loads the sweep stored in a file into the given resource set, with its base experiment (relative to the sweep,
	 * or absolute when allowed; never a URL).
	 *
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}
	 */
	public static Sweep loadSweep(ResourceSet resourceSet, Path file, boolean allowAbsoluteBase) throws ExperimentFileException {
		Path path = file.toAbsolutePath().normalize();
		Sweep sweep = loadRoot(resourceSet, path, Sweep.class);
		Base base = base(sweep, path, allowAbsoluteBase);
		if (base != null) {
			Path basePath = base.path(path);
			try {
				loadRoot(resourceSet, basePath, Experiment.class, base.uri.trimFragment());
			}
			catch (ExperimentFileException e) {
				String reason = e.getMessage().startsWith("Cannot load " + basePath + ": ")
					? e.getMessage().substring(("Cannot load " + basePath + ": ").length()) : e.getMessage();
				throw new ExperimentFileException(path, "Cannot load " + path + ": its base experiment " + basePath + " cannot be read: "
					+ reason, e);
			}
			resolveBase(sweep, base, path, basePath.toString());
		}
		return sweep;
	}

	/**
	 * Loads the sweep stored at a URL, such as an example inside a family's bundle, with its base experiment, which
	 * must be named relative to the sweep and is read from beside it.
	 *
	 * @throws ExperimentFileException as {@link #loadSweep(Path)}, naming the URL
	 */
	public static Sweep loadSweep(java.net.URL location) throws ExperimentFileException {
		Sweep sweep = loadRoot(location, Sweep.class);
		Path name = Path.of(location.getPath().isEmpty() ? location.toString() : location.getPath());
		Base base = base(sweep, name, false);
		if (base != null) {
			java.net.URL baseLocation;
			try {
				baseLocation = new java.net.URL(location, URI.decode(base.href.trimFragment().toString()));
			}
			catch (java.net.MalformedURLException e) {
				throw new ExperimentFileException(name, "Cannot load " + location + ": base: '" + base.href + "' names no file", e);
			}
			try {
				loadRoot(sweep.eResource().getResourceSet(), baseLocation, Experiment.class, base.uri.trimFragment());
			}
			catch (ExperimentFileException e) {
				throw new ExperimentFileException(name, "Cannot load " + location + ": its base experiment " + baseLocation
					+ " cannot be read: " + e.getMessage(), e);
			}
			resolveBase(sweep, base, name, baseLocation.toString());
		}
		return sweep;
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

	/**
	 * The base of a sweep as its file names it: the href as written and its proxy's resolved URI.
	 */
	private record Base(InternalEObject proxy, URI href, URI uri, boolean absolute) {
		/** The base's file: relative to the sweep file's folder, or absolute. */
		Path path(Path sweepFile) {
			String decoded = URI.decode(href.trimFragment().trimQuery().toString());
			if ("file".equalsIgnoreCase(href.scheme())) {
				return Path.of(href.trimFragment().toFileString()).toAbsolutePath().normalize();
			}
			Path folder = sweepFile.getParent() == null ? Path.of("") : sweepFile.getParent();
			return folder.resolve(decoded).toAbsolutePath().normalize();
		}
	}

	/**
	 * The base a sweep names, checked before anything is read: a file relative to the sweep, or an absolute file when
	 * allowed; <code>null</code> when the sweep names none (which validation reports).
	 */
	private static Base base(Sweep sweep, Path file, boolean allowAbsoluteBase) throws ExperimentFileException {
		Object value = sweep.eGet(PlateauPackage.Literals.SWEEP__BASE, false);
		if (!(value instanceof InternalEObject proxy) || !proxy.eIsProxy()) {
			return null;
		}
		String written = sweep.eResource() instanceof PlateauResourceImpl resource ? resource.href(proxy) : null;
		URI href = URI.createURI(written != null ? written : proxy.eProxyURI().toString());
		String scheme = href.scheme();
		boolean windowsDrive = scheme != null && scheme.length() == 1;
		boolean localFile = "file".equalsIgnoreCase(scheme) && (href.authority() == null || href.authority().isEmpty());
		String advice = "a sweep's base must be a file relative to the sweep, e.g. base.plateau";
		if ((scheme != null && !localFile && !windowsDrive) || (scheme == null && href.hasAuthority())) {
			throw new ExperimentFileException(file, "Cannot load " + file + ": base: '" + written(href)
				+ "' is a URL, and Plateau reads no experiment over the network: " + advice + " (copy the file next to the sweep)", null);
		}
		boolean absolute = localFile || windowsDrive || href.hasAbsolutePath();
		if (absolute && !allowAbsoluteBase) {
			throw new ExperimentFileException(file, "Cannot load " + file + ": base: '" + written(href) + "' is an absolute path: " + advice
				+ "; an absolute path needs --allow-absolute-base", null);
		}
		if (href.trimFragment().isEmpty()) {
			throw new ExperimentFileException(file, "Cannot load " + file + ": base: '" + written(href)
				+ "' names no file: " + advice, null);
		}
		return new Base(proxy, href, proxy.eProxyURI(), absolute);
	}

	/** An href as a user would recognise it, its control characters escaped. */
	private static String written(URI href) {
		return Texts.printable(href.toString());
	}

	/** Points the base's proxy at the experiment just loaded, so that resolving it reads nothing more. */
	private static void resolveBase(Sweep sweep, Base base, Path file, String baseName) throws ExperimentFileException {
		Resource baseResource = sweep.eResource().getResourceSet().getResource(base.uri.trimFragment(), false);
		String fragment = base.href.hasFragment() && !base.href.fragment().isEmpty() ? base.href.fragment() : "/";
		EObject experiment = baseResource == null ? null : baseResource.getEObject(fragment);
		if (!(experiment instanceof Experiment)) {
			throw new ExperimentFileException(file, "Cannot load " + file + ": its base experiment " + baseName
				+ " cannot be read: it holds no Experiment at " + fragment, null);
		}
		base.proxy.eSetProxyURI(baseResource.getURI().appendFragment(fragment));
	}

	private static <T extends EObject> T loadRoot(ResourceSet resourceSet, Path file, Class<T> type) throws ExperimentFileException {
		Path path = file.toAbsolutePath().normalize();
		return loadRoot(resourceSet, path, type, URI.createFileURI(path.toString()));
	}

	/** Loads a file's single root object of a type, the file's resource taking the given URI. */
	private static <T extends EObject> T loadRoot(ResourceSet resourceSet, Path file, Class<T> type, URI uri) throws ExperimentFileException {
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

		Resource resource = newResource(resourceSet, uri);
		try (java.io.InputStream in = Files.newInputStream(path)) {
			resource.load(in, resourceSet.getLoadOptions());
		}
		catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new ExperimentFileException(path, "Cannot load " + path + ": " + describeLoadProblems(resource, e), e);
		}
		return root(resource, type, path, path.toString());
	}

	/** A new resource of the Plateau format in the set, in place of any resource of the same URI. */
	private static Resource newResource(ResourceSet resourceSet, URI uri) {
		Resource previous = resourceSet.getResource(uri, false);
		if (previous != null) {
			resourceSet.getResources().remove(previous);
		}
		Resource resource = new PlateauResourceFactoryImpl().createResource(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	/**
	 * The single root object of a loaded resource, which must have the type; an experiment must refer to nothing
	 * outside its file.
	 */
	private static <T extends EObject> T root(Resource resource, Class<T> type, Path path, String name) throws ExperimentFileException {
		List<EObject> contents = resource.getContents();
		String expected = type.getSimpleName();
		String article = "AEIOU".indexOf(expected.charAt(0)) >= 0 ? "an " : "a ";
		if (contents.isEmpty()) {
			throw new ExperimentFileException(path, "Cannot load " + name + ": it holds no model object, expected " + article + expected, null);
		}
		EObject root = contents.get(0);
		if (!type.isInstance(root)) {
			throw new ExperimentFileException(path, "Cannot load " + name + ": its root object is a " + root.eClass().getName()
				+ " (" + root.eClass().getEPackage().getNsURI() + "), expected " + article + expected, null);
		}
		if (contents.size() > 1) {
			throw new ExperimentFileException(path, "Cannot load " + name + ": it holds " + contents.size()
				+ " root objects, expected a single " + expected, null);
		}
		if (root instanceof Experiment) {
			List<String> outside = new ArrayList<>();
			for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> proxy : EcoreUtil.ProxyCrossReferencer.find(resource).entrySet()) {
				String href = resource instanceof PlateauResourceImpl plateau ? plateau.href(proxy.getKey()) : null;
				for (EStructuralFeature.Setting setting : proxy.getValue()) {
					outside.add("field " + field(setting.getEStructuralFeature()) + " of " + setting.getEObject().eClass().getName() + " refers to '"
						+ Texts.printable(href != null ? href : ((InternalEObject)proxy.getKey()).eProxyURI().toString()) + "'");
				}
			}
			if (!outside.isEmpty()) {
				throw new ExperimentFileException(path, "Cannot load " + name + ": an experiment file refers only to what it holds, and "
					+ String.join("; ", outside) + ", outside the file (nothing is read from other files or the network)", null);
			}
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
		return loadRoot(newResourceSet(), location, type, URI.createURI(location.toString()));
	}

	private static <T extends EObject> T loadRoot(ResourceSet resourceSet, java.net.URL location, Class<T> type, URI uri) throws ExperimentFileException {
		Path name = Path.of(location.getPath().isEmpty() ? location.toString() : location.getPath());
		Resource resource = newResource(resourceSet, uri);
		try (java.io.InputStream in = location.openStream()) {
			resource.load(in, resourceSet.getLoadOptions());
		}
		catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new ExperimentFileException(name, "Cannot load " + location + ": " + describeLoadProblems(resource, e), e);
		}
		return root(resource, type, name, location.toString());
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
	 * Turns everything EMF's XML loader reports (every error, then every warning) into words: where in the file, and
	 * what is wrong; one problem on the line of the message, several each on a line of its own.
	 */
	static String describeLoadProblems(Resource resource, Exception exception) {
		List<Resource.Diagnostic> diagnostics = new ArrayList<>(resource.getErrors());
		diagnostics.sort(Comparator.comparingInt(Resource.Diagnostic::getLine));
		List<String> problems = new ArrayList<>();
		for (Resource.Diagnostic diagnostic : diagnostics) {
			String problem = describe(diagnostic);
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
		}
		if (problems.isEmpty()) {
			Throwable problem = exception;
			if ((exception instanceof Resource.IOWrappedException || exception instanceof WrappedException) && exception.getCause() != null) {
				problem = exception.getCause();
			}
			problems.add(problem instanceof Resource.Diagnostic diagnostic ? describe(diagnostic) : describe(problem, ""));
		}
		for (Resource.Diagnostic warning : resource.getWarnings()) {
			problems.add("warning: " + describe(warning));
		}
		if (problems.size() == 1) {
			return problems.get(0);
		}
		return problems.size() + " problems:\n  " + String.join("\n  ", problems);
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		String where = diagnostic.getLine() > 0 ? "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": " : "";
		if (diagnostic instanceof Throwable problem) {
			if (!(problem instanceof SAXException) && problem.getCause() instanceof SAXException) {
				problem = problem.getCause();
			}
			return describe(problem, where);
		}
		return where + words(diagnostic.getMessage());
	}

	private static String describe(Throwable problem, String where) {
		if (problem instanceof SAXParseException parseException && parseException.getLineNumber() > 0 && where.isEmpty()) {
			where = "line " + parseException.getLineNumber() + ", column " + parseException.getColumnNumber() + ": ";
		}
		if (problem instanceof SAXException saxException) {
			Exception wrapped = saxException.getException();
			String message = wrapped != null && wrapped.getMessage() != null ? wrapped.getMessage() : problem.getMessage();
			int line = problem instanceof SAXParseException parseException ? parseException.getLineNumber() : -1;
			return where + "not well-formed XML: " + parseProblem(message, line);
		}
		if (problem instanceof PackageNotFoundException packageNotFound) {
			String nsURI = packageNotFound.uri();
			if (nsURI == null || nsURI.isEmpty()) {
				return where + "not an experiment file (the root element has no model namespace)";
			}
			return where + "unknown model namespace '" + Texts.printable(nsURI) + "' (no installed model package or family provides it)";
		}
		if (problem instanceof ClassNotFoundException classNotFound) {
			String name = classNotFound.getName();
			String known = "";
			if (classNotFound.getFactory() != null && classNotFound.getFactory().getEPackage() != null) {
				List<String> classes = new ArrayList<>();
				for (EClassifier classifier : classNotFound.getFactory().getEPackage().getEClassifiers()) {
					if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
						classes.add(eClass.getName());
					}
				}
				known = didYouMean(name, classes) + "; the classes of " + classNotFound.getFactory().getEPackage().getNsURI() + " are "
					+ String.join(", ", classes);
			}
			return where + "unknown class '" + Texts.printable(name) + "' (not defined by its package, or abstract)" + known;
		}
		if (problem instanceof FeatureNotFoundException featureNotFound) {
			String name = featureNotFound.getName();
			EObject object = featureNotFound.getObject();
			if (object == null) {
				return where + "unknown attribute or element '" + Texts.printable(name) + "'";
			}
			List<String> fields = fields(object.eClass());
			return where + "unknown attribute or element '" + Texts.printable(name) + "' in " + object.eClass().getName()
				+ didYouMean(name, fields) + "; the fields of " + object.eClass().getName() + " are " + String.join(", ", fields);
		}
		if (problem instanceof IllegalValueException illegalValue) {
			return where + illegalValue(illegalValue);
		}
		if (problem instanceof UnresolvedReferenceException unresolved) {
			EStructuralFeature feature = unresolved.getFeature();
			return where + (feature == null ? "a reference" : "field " + field(feature))
				+ " refers to '" + Texts.printable(unresolved.getReference()) + "', which is nowhere in the file";
		}
		if (problem instanceof Resource.Diagnostic diagnostic && problem.getCause() != null && problem.getCause() != problem) {
			return describe(problem.getCause(), where.isEmpty() && diagnostic.getLine() > 0
				? "line " + diagnostic.getLine() + ", column " + diagnostic.getColumn() + ": " : where);
		}
		return where + words(problem.getMessage() != null ? problem.getMessage() : "cannot be read");
	}

	/** What the XML parser says, in words: a truncated file says where it ends. */
	private static String parseProblem(String message, int line) {
		if (message == null) {
			return "the parser gives no reason";
		}
		if (message.contains("DOCTYPE")) {
			return "the file declares a document type (DOCTYPE), which an experiment file has not: its entities are never read";
		}
		if (message.contains("must start and end within the same entity") || message.startsWith("Premature end of file")) {
			return line <= 1 && message.startsWith("Premature end of file") ? "the file is empty"
				: "the file ends before the XML is complete (line " + line + ")";
		}
		return "(" + message + ")";
	}

	/** A message without the Java class names and the location suffix EMF adds: "java.io.X: a (file:/x, 3, 4)" → "a". */
	private static String words(String message) {
		String text = message == null ? "" : message;
		text = text.replaceFirst("^([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*: ", "");
		text = text.replaceFirst(" ?\\([^()]*, -?\\d+, -?\\d+\\)$", "");
		return Texts.printable(text);
	}

	/** A field as users and files name it: "'learning rate η' (learningRate)", or "'seed'" when the two names agree. */
	private static String field(EStructuralFeature feature) {
		String name = FieldNames.of(feature);
		return name.equals(feature.getName()) ? "'" + name + "'" : "'" + name + "' (" + feature.getName() + ")";
	}

	/** The fields that a file may set on an object of a class, in the class's order. */
	private static List<String> fields(EClass eClass) {
		List<String> fields = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!feature.isTransient() && !feature.isDerived() && feature.isChangeable()) {
				fields.add(feature.getName());
			}
		}
		return fields;
	}

	/** " (did you mean 'learningRate'?)" when a known name is close to the unknown one (edit distance), else "". */
	static String didYouMean(String unknown, List<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String name : known) {
			int distance = editDistance(unknown.toLowerCase(), name.toLowerCase());
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		// close: a typo or two, at most a third of the name
		return best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 3)) ? " (did you mean '" + best + "'?)" : "";
	}

	/** The edit distance: insertions, deletions, substitutions and swaps of neighbours that turn one name into the other. */
	private static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * A value of the wrong kind for its field: "value 'abc' of field 'learning rate η' (learningRate) is not a number".
	 */
	private static String illegalValue(IllegalValueException illegalValue) {
		EStructuralFeature feature = illegalValue.getFeature();
		String literal = illegalValue.getValue() == null ? "" : illegalValue.getValue().toString();
		String value = "value '" + Texts.printable(literal) + "'";
		if (feature == null) {
			return value + " is not legal here";
		}
		String field = value + " of field " + field(feature);
		Class<?> type = feature.getEType().getInstanceClass();
		String text = literal.strip();
		if (feature.getEType() instanceof EEnum eEnum) {
			List<String> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
			return field + " is not one of " + String.join(", ", literals) + didYouMean(text, literals);
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
			try {
				double number = Double.parseDouble(text);
				if (Double.isNaN(number) || text.toLowerCase().contains("inf")) {
					return field + " is not a finite number";
				}
				return field + " is too large (a real number lies within ±" + Double.MAX_VALUE + ")";
			}
			catch (NumberFormatException e) {
				return field + " is not a number";
			}
		}
		Long[] range = type == int.class || type == Integer.class ? new Long[] { (long)Integer.MIN_VALUE, (long)Integer.MAX_VALUE }
			: type == long.class || type == Long.class ? new Long[] { Long.MIN_VALUE, Long.MAX_VALUE }
			: type == short.class || type == Short.class ? new Long[] { (long)Short.MIN_VALUE, (long)Short.MAX_VALUE } : null;
		if (range != null) {
			if (text.matches("[+-]?\\d+")) {
				return field + " is out of range: it must lie between " + range[0] + " and " + range[1];
			}
			try {
				new java.math.BigDecimal(text);
				return field + " is not a whole number";
			}
			catch (NumberFormatException e) {
				return field + " is not a number";
			}
		}
		if (type == boolean.class || type == Boolean.class) {
			return field + " is neither true nor false";
		}
		if (feature.getEType() instanceof EDataType dataType && dataType.getInstanceClass() == java.util.Date.class) {
			return field + " is not a date (e.g. 2026-12-03T09:15:00.000+0000)";
		}
		return field + " is not legal" + (feature instanceof EAttribute ? "" : " (it must name an object of the file)");
	}
}
