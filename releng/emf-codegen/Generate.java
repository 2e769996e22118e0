/*
 * Stand-alone EMF code generation for Plateau's Ecore models.
 *
 * Runs EMF's own generator (org.eclipse.emf.codegen.ecore) outside Eclipse, as a single-file Java program:
 *
 *   java -cp <EMF codegen jars> Generate.java [--reload] --bundles <bundles dir> <genmodel>...
 *
 * generate.sh beside this file fetches the jars and calls it; README.md explains the set-up.
 */

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of one or more GenModels with EMF's generator, outside Eclipse.
 * <p>
 * Each folder under the bundles directory is treated as a workspace project of the same name: both
 * {@code platform:/resource/<name>/} and {@code platform:/plugin/<name>/} are mapped to it, so GenModel paths such
 * as {@code /org.plateau.model/src} and cross-bundle references resolve as they do in an Eclipse workspace.
 * <p>
 * What is generated is EMF's model code (packages, classes, enums, factory, switch, adapter factory, validator,
 * resource factory) merged into the existing sources by JMerge, so that members marked {@code @generated NOT} keep
 * their hand-written bodies, and the GenModel's extensions in {@code plugin.xml}, merged so that other extensions are
 * kept. {@code META-INF/MANIFEST.MF}, {@code build.properties} and {@code plugin.properties} are hand-maintained and
 * never written.
 * <p>
 * With {@code --reload}, each GenModel is first brought in line with its Ecore model, as the "Reload" action of
 * Eclipse's GenModel editor does: new classifiers and features get their Gen* counterparts, settings already in the
 * GenModel are kept, and the GenModel file is saved.
 */
public final class Generate
{
  private Generate()
  {
  }

  public static void main(String[] args) throws IOException
  {
    boolean reload = false;
    Path bundles = null;
    List<Path> genModelFiles = new ArrayList<>();
    for (int i = 0; i < args.length; i++)
    {
      switch (args[i])
      {
        case "--reload" -> reload = true;
        case "--bundles" -> bundles = Path.of(args[++i]).toAbsolutePath().normalize();
        default -> genModelFiles.add(Path.of(args[i]).toAbsolutePath().normalize());
      }
    }
    if (bundles == null || genModelFiles.isEmpty())
    {
      System.err.println("usage: java Generate.java [--reload] --bundles <bundles dir> <genmodel>...");
      System.exit(2);
    }

    int failures = 0;
    for (Path genModelFile : genModelFiles)
    {
      // A fresh resource set for each model, so that nothing loaded for one model leaks into the next.
      ResourceSet resourceSet = createResourceSet(bundles);
      try
      {
        GenModel genModel = load(resourceSet, toPlatformURI(bundles, genModelFile));
        if (reload)
        {
          genModel = reload(genModel);
        }
        failures += generate(genModel) ? 0 : 1;
      }
      catch (RuntimeException | IOException e)
      {
        System.err.println("ERROR " + genModelFile + ": " + e);
        failures++;
      }
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /**
   * A resource set that reads .ecore and .genmodel files and sees every bundle folder as a workspace project and as
   * an installed plug-in.
   */
  static ResourceSet createResourceSet(Path bundles) throws IOException
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    try (var folders = Files.list(bundles))
    {
      for (Path folder : (Iterable<Path>)folders.filter(Files::isDirectory)::iterator)
      {
        String name = folder.getFileName().toString();
        URI location = URI.createFileURI(folder.toString() + File.separator);
        uriMap.put(URI.createPlatformResourceURI(name + "/", false), location);
        uriMap.put(URI.createPlatformPluginURI(name + "/", false), location);
      }
    }
    return resourceSet;
  }

  static URI toPlatformURI(Path bundles, Path file)
  {
    if (!file.startsWith(bundles))
    {
      throw new IllegalArgumentException(file + " is not under the bundles folder " + bundles);
    }
    return URI.createPlatformResourceURI(bundles.relativize(file).toString().replace(File.separatorChar, '/'), true);
  }

  /**
   * Loads a GenModel and everything it refers to, failing with a clear message on parse errors and unresolved
   * references (a misspelt eSuperTypes or usedGenPackages URI would otherwise generate broken code silently).
   */
  static GenModel load(ResourceSet resourceSet, URI uri)
  {
    Resource resource = resourceSet.getResource(uri, true);
    GenModel genModel = (GenModel)resource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    List<String> problems = new ArrayList<>();
    for (Resource r : resourceSet.getResources())
    {
      for (Resource.Diagnostic error : r.getErrors())
      {
        problems.add(r.getURI() + ": " + error.getMessage());
      }
    }
    Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
    for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : unresolved.entrySet())
    {
      problems.add("unresolved reference " + EcoreUtil.getURI(entry.getKey()) + " from " + entry.getValue().iterator().next().getEObject().eResource().getURI());
    }
    if (!problems.isEmpty())
    {
      throw new IllegalStateException("cannot load " + uri + ":\n  " + String.join("\n  ", problems));
    }
    return genModel;
  }

  /**
   * Rebuilds the GenModel from its Ecore packages and restores the settings of the old version, then saves it: the
   * stand-alone equivalent of the GenModel editor's "Reload".
   */
  static GenModel reload(GenModel oldGenModel) throws IOException
  {
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : oldGenModel.getGenPackages())
    {
      ePackages.add(genPackage.getEcorePackage());
    }
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    genModel.getUsedGenPackages().addAll(oldGenModel.getUsedGenPackages());
    genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    genModel.reconcile(oldGenModel);
    genModel.setImporterID(oldGenModel.getImporterID());

    Resource resource = oldGenModel.eResource();
    resource.getContents().set(0, genModel);
    resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
    System.out.println("Reloaded " + resource.getURI());
    return genModel;
  }

  static boolean generate(GenModel genModel)
  {
    genModel.reconcile();
    genModel.setCanGenerate(true);
    genModel.setValidateModel(true);

    Diagnostic diagnostic = genModel.diagnose();
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      print(diagnostic);
      return false;
    }

    GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, PlateauGeneratorAdapterFactory::new);
    Generator generator = new Generator(registry);
    generator.setInput(genModel);

    Monitor monitor = new BasicMonitor();
    diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
    print(diagnostic);
    Set<String> outputs = new LinkedHashSet<>();
    for (URI output : generator.getGeneratedOutputs())
    {
      outputs.add(output.toString());
    }
    System.out.println("Generated " + genModel.eResource().getURI() + " (" + outputs.size() + " files written or merged)");
    return diagnostic.getSeverity() < Diagnostic.ERROR;
  }

  static void print(Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() != Diagnostic.OK)
    {
      System.err.println(severity(diagnostic) + diagnostic.getMessage());
      for (Diagnostic child : diagnostic.getChildren())
      {
        System.err.println("  " + severity(child) + child.getMessage());
      }
    }
  }

  private static String severity(Diagnostic diagnostic)
  {
    return switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR -> "ERROR ";
      case Diagnostic.WARNING -> "WARNING ";
      default -> "";
    };
  }

  /**
   * EMF's model generator, except that the hand-maintained project files are left alone: no MANIFEST.MF,
   * build.properties or plugin.properties; plugin.xml is merged (only extensions marked
   * {@code <!-- @generated <pluginKey> -->} are replaced).
   */
  static final class PlateauGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    @Override
    public org.eclipse.emf.common.notify.Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
        {
          @Override
          protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateModelManifest(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
            generateText
              (genModel.getModelProjectDirectory() + "/plugin.xml",
               getJETEmitter(getJETEmitterDescriptors(), MODEL_PLUGIN_XML_ID),
               null,
               true,
               MANIFEST_ENCODING,
               createMonitor(monitor, 1));
          }
        };
      }
      return genModelGeneratorAdapter;
    }
  }
}
