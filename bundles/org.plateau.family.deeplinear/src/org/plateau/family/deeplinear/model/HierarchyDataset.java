/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Hierarchy Dataset</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The hierarchical data sets of Saxe et al. (PNAS 2019).
 * <!-- end-model-doc -->
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getHierarchyDataset()
 * @model
 * @generated
 */
public enum HierarchyDataset implements Enumerator {
	/**
	 * The '<em><b>FOUR ITEMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Four items (canary, salmon, oak, rose) in a two-level hierarchy; the input-output correlation has rank 4.
	 * <!-- end-model-doc -->
	 * @see #FOUR_ITEMS_VALUE
	 * @generated
	 * @ordered
	 */
	FOUR_ITEMS(0, "FOUR_ITEMS", "FOUR_ITEMS"),

	/**
	 * The '<em><b>EIGHT ITEM TREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Eight items at the leaves of a three-level binary tree; the input-output correlation has rank 8.
	 * <!-- end-model-doc -->
	 * @see #EIGHT_ITEM_TREE_VALUE
	 * @generated
	 * @ordered
	 */
	EIGHT_ITEM_TREE(1, "EIGHT_ITEM_TREE", "EIGHT_ITEM_TREE");

	/**
	 * The '<em><b>FOUR ITEMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Four items (canary, salmon, oak, rose) in a two-level hierarchy; the input-output correlation has rank 4.
	 * <!-- end-model-doc -->
	 * @see #FOUR_ITEMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOUR_ITEMS_VALUE = 0;

	/**
	 * The '<em><b>EIGHT ITEM TREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Eight items at the leaves of a three-level binary tree; the input-output correlation has rank 8.
	 * <!-- end-model-doc -->
	 * @see #EIGHT_ITEM_TREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EIGHT_ITEM_TREE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Hierarchy Dataset</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HierarchyDataset[] VALUES_ARRAY =
		new HierarchyDataset[] {
			FOUR_ITEMS,
			EIGHT_ITEM_TREE,
		};

	/**
	 * A public read-only list of all the '<em><b>Hierarchy Dataset</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HierarchyDataset> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hierarchy Dataset</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HierarchyDataset get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HierarchyDataset result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hierarchy Dataset</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HierarchyDataset getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HierarchyDataset result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hierarchy Dataset</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HierarchyDataset get(int value) {
		switch (value) {
			case FOUR_ITEMS_VALUE: return FOUR_ITEMS;
			case EIGHT_ITEM_TREE_VALUE: return EIGHT_ITEM_TREE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private HierarchyDataset(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //HierarchyDataset
