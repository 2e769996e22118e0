/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Marginal</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The single-pixel marginal of a NORTA image.
 * <!-- end-model-doc -->
 * @see org.plateau.family.localization.model.LocalizationPackage#getMarginal()
 * @model
 * @generated
 */
public enum Marginal implements Enumerator {
	/**
	 * The '<em><b>ALGEBRAIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantile (2p-1)/(1-|2p-1|^k)^(1/k).
	 * <!-- end-model-doc -->
	 * @see #ALGEBRAIC_VALUE
	 * @generated
	 * @ordered
	 */
	ALGEBRAIC(0, "ALGEBRAIC", "ALGEBRAIC"),

	/**
	 * The '<em><b>LAPLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laplace quantile.
	 * <!-- end-model-doc -->
	 * @see #LAPLACE_VALUE
	 * @generated
	 * @ordered
	 */
	LAPLACE(1, "LAPLACE", "LAPLACE"),

	/**
	 * The '<em><b>UNIFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uniform quantile 2p-1.
	 * <!-- end-model-doc -->
	 * @see #UNIFORM_VALUE
	 * @generated
	 * @ordered
	 */
	UNIFORM(2, "UNIFORM", "UNIFORM"),

	/**
	 * The '<em><b>BERNOULLI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantile erf(100 (p - 1/2)), nearly +-1.
	 * <!-- end-model-doc -->
	 * @see #BERNOULLI_VALUE
	 * @generated
	 * @ordered
	 */
	BERNOULLI(3, "BERNOULLI", "BERNOULLI");

	/**
	 * The '<em><b>ALGEBRAIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantile (2p-1)/(1-|2p-1|^k)^(1/k).
	 * <!-- end-model-doc -->
	 * @see #ALGEBRAIC
	 * @model annotation="http://www.plateau.org/display name='algebraic Alg(k)'"
	 * @generated
	 * @ordered
	 */
	public static final int ALGEBRAIC_VALUE = 0;

	/**
	 * The '<em><b>LAPLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laplace quantile.
	 * <!-- end-model-doc -->
	 * @see #LAPLACE
	 * @model annotation="http://www.plateau.org/display name='Laplace'"
	 * @generated
	 * @ordered
	 */
	public static final int LAPLACE_VALUE = 1;

	/**
	 * The '<em><b>UNIFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uniform quantile 2p-1.
	 * <!-- end-model-doc -->
	 * @see #UNIFORM
	 * @model annotation="http://www.plateau.org/display name='uniform'"
	 * @generated
	 * @ordered
	 */
	public static final int UNIFORM_VALUE = 2;

	/**
	 * The '<em><b>BERNOULLI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantile erf(100 (p - 1/2)), nearly +-1.
	 * <!-- end-model-doc -->
	 * @see #BERNOULLI
	 * @model annotation="http://www.plateau.org/display name='Bernoulli'"
	 * @generated
	 * @ordered
	 */
	public static final int BERNOULLI_VALUE = 3;

	/**
	 * An array of all the '<em><b>Marginal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Marginal[] VALUES_ARRAY =
		new Marginal[] {
			ALGEBRAIC,
			LAPLACE,
			UNIFORM,
			BERNOULLI,
		};

	/**
	 * A public read-only list of all the '<em><b>Marginal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Marginal> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Marginal</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Marginal get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Marginal result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Marginal</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Marginal getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Marginal result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Marginal</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Marginal get(int value) {
		switch (value) {
			case ALGEBRAIC_VALUE: return ALGEBRAIC;
			case LAPLACE_VALUE: return LAPLACE;
			case UNIFORM_VALUE: return UNIFORM;
			case BERNOULLI_VALUE: return BERNOULLI;
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
	private Marginal(int value, String name, String literal) {
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
	
} //Marginal
