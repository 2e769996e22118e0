/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.plateau.model.util.PlateauResourceFactoryImpl
 * @generated
 */
public class PlateauResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public PlateauResourceImpl(URI uri) {
		super(uri);
	}

	/**
	 * Reads files of earlier versions of the format as today's ({@link FormatMigration}).
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		references.clear();
		// no document type, so no entity is ever expanded or read (an experiment is data, never instructions)
		Map<Object, Object> secure = new HashMap<>(options == null ? Map.of() : options);
		Map<String, Boolean> features = new HashMap<>();
		if (secure.get(OPTION_PARSER_FEATURES) instanceof Map<?, ?> given) {
			given.forEach((key, value) -> features.put(String.valueOf(key), Boolean.TRUE.equals(value)));
		}
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		secure.put(OPTION_PARSER_FEATURES, features);
		super.doLoad(FormatMigration.migrate(inputStream), secure);
	}

	/**
	 * The references to objects in other files that the last load read, each proxy with its href as the file wrote it
	 * (before it was resolved against the file's location).
	 */
	private final Map<EObject, String> references = new IdentityHashMap<>();

	/**
	 * The href of a reference to an object in another file as the file wrote it, e.g. <code>base.plateau#/</code> or
	 * <code>http://host/x.plateau#/</code>, before it was resolved against the file's location.
	 *
	 * @param proxy the proxy the load made for the reference
	 * @return the href, or <code>null</code> when the load made no such proxy
	 */
	public String href(EObject proxy) {
		return references.get(proxy);
	}

	/**
	 * Loads without ever reading another document: an <code>xsi:schemaLocation</code> is not followed (the packages are
	 * those installed), and each reference to another file is only recorded ({@link #href(EObject)}) and left a proxy.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SAXXMIHandler(resource, helper, options) {
					@Override
					protected void handleXSISchemaLocation(String schemaLocations) {
						// the model's packages are the installed ones: a schema location is never read
					}

					@Override
					protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation) {
						// as above
					}

					@Override
					protected void handleProxy(InternalEObject proxy, String uriLiteral) {
						super.handleProxy(proxy, uriLiteral);
						references.put(proxy, uriLiteral);
					}
				};
			}
		};
	}

	/**
	 * Refuses, as an illegal value with its line, a real number that is not finite: <code>NaN</code>,
	 * <code>Infinity</code>, or a literal too large for a double such as <code>1e999</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
				if (value instanceof String literal && feature instanceof EAttribute attribute && isReal(attribute)) {
					double number = Double.parseDouble(literal.strip());
					if (!Double.isFinite(number)) {
						throw new NumberFormatException("not a finite number: " + literal);
					}
				}
				super.setValue(object, feature, value, position);
			}
		};
	}

	private static boolean isReal(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == double.class || type == Double.class || type == float.class || type == Float.class;
	}

} //PlateauResourceImpl
