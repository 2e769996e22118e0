package org.plateau.model.util;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the files of earlier versions of the experiment format as today's, on load, so that nothing a user saved is
 * lost. Version 1.0 of the experiment package (until 2026-12) held the GDLN engine's architecture ({@code GatedArchitecture},
 * its nodes and edges), since in the engine's own package, and {@code LambdaBalancedInitialisation}, since in the deep
 * linear family's (whose package became 2.0). A file that names neither old namespace is read as it is.
 * <p>
 * The table below is the history of the file format, not a dependency: the model bundle names these namespaces only to
 * rewrite old files.
 */
final class FormatMigration {

	static final String EXPERIMENT_1_0 = "http://www.plateau.org/model/experiment/1.0";
	static final String DEEP_LINEAR_1_0 = "http://www.plateau.org/model/family/deeplinear/1.0";
	private static final String DEEP_LINEAR_2_0 = "http://www.plateau.org/model/family/deeplinear/2.0";
	private static final String EXPERIMENT_2_0 = "http://www.plateau.org/model/experiment/2.0";
	private static final String GDLN_1_0 = "http://www.plateau.org/model/gdln/1.0";
	private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

	/** Types of experiment 1.0 that moved, and the namespace and preferred prefix they moved to. */
	private static final Map<String, String[]> MOVED = Map.of(
			"GatedArchitecture", new String[] { GDLN_1_0, "gdln" },
			"GatedNode", new String[] { GDLN_1_0, "gdln" },
			"GatedEdge", new String[] { GDLN_1_0, "gdln" },
			"LambdaBalancedInitialisation", new String[] { DEEP_LINEAR_2_0, "deeplinear" });

	private FormatMigration() {
	}

	/**
	 * The file's content in today's format: unchanged when it names no old namespace; with only its namespaces renamed
	 * when it cannot be parsed (the model's loader then reports the problem with its line).
	 */
	static InputStream migrate(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (!text.contains(EXPERIMENT_1_0) && !text.contains(DEEP_LINEAR_1_0)) {
			return new ByteArrayInputStream(bytes);
		}
		try {
			return new ByteArrayInputStream(migrate(bytes));
		} catch (ParserConfigurationException | SAXException e) {
			// not well-formed (or with a DTD): only the namespaces renamed, so that the loader reports what is wrong
			return new ByteArrayInputStream(renameNamespaces(text).getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * Rewrites the text in place, so that every line stays where it was (the loader's messages cite lines): the moved
	 * types' {@code xsi:type} prefixes, their namespaces declared on the root start tag, and the version of each
	 * renamed namespace. The document is parsed first (no DTD, no entities) only to know which prefixes mean what.
	 */
	private static byte[] migrate(byte[] bytes) throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// no DTD, no entities: an old file is data, never instructions
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		Document document = builder.parse(new ByteArrayInputStream(bytes));
		Element root = document.getDocumentElement();
		String original = new String(bytes, StandardCharsets.UTF_8);
		String text = original;
		String xsi = root.lookupPrefix(XSI);
		String old = root.lookupPrefix(EXPERIMENT_1_0);
		StringBuilder declarations = new StringBuilder();
		if (xsi != null && old != null) {
			Map<String, String> declared = new HashMap<>();
			NodeList elements = document.getElementsByTagName("*");
			for (int i = 0; i < elements.getLength(); i++) {
				String type = ((Element) elements.item(i)).getAttributeNS(XSI, "type");
				String[] target = type.startsWith(old + ":") ? MOVED.get(type.substring(old.length() + 1)) : null;
				if (target == null) {
					continue;
				}
				String prefix = declared.computeIfAbsent(target[0], namespace -> {
					// the deep linear package is declared already when the file uses it, under its 1.0 name
					String existing = root.lookupPrefix(namespace.equals(DEEP_LINEAR_2_0) ? DEEP_LINEAR_1_0 : namespace);
					if (existing != null) {
						return existing;
					}
					String free = target[1];
					for (int n = 2; root.lookupNamespaceURI(free) != null || original.contains("xmlns:" + free + "="); n++) {
						free = target[1] + n;
					}
					declarations.append(" xmlns:").append(free).append("=\"").append(namespace).append('"');
					return free;
				});
				text = text.replace(xsi + ":type=\"" + type + "\"", xsi + ":type=\"" + prefix + ":"
						+ type.substring(old.length() + 1) + "\"");
			}
		}
		if (declarations.length() > 0) {
			int start = text.indexOf("<" + root.getTagName());
			int after = start + 1 + root.getTagName().length();
			text = text.substring(0, after) + declarations + text.substring(after);
		}
		return renameNamespaces(text).getBytes(StandardCharsets.UTF_8);
	}

	/** The packages whose version changed, renamed where they are declared. */
	private static String renameNamespaces(String text) {
		return text.replace("\"" + EXPERIMENT_1_0 + "\"", "\"" + EXPERIMENT_2_0 + "\"")
				.replace("\"" + DEEP_LINEAR_1_0 + "\"", "\"" + DEEP_LINEAR_2_0 + "\"");
	}
}
