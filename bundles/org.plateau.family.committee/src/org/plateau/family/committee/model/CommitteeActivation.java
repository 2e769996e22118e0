/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Activation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The activation of the hidden units.
 * <!-- end-model-doc -->
 * @see org.plateau.family.committee.model.CommitteePackage#getCommitteeActivation()
 * @model
 * @generated
 */
public enum CommitteeActivation implements Enumerator {
	/**
	 * The '<em><b>ERF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = erf(x/sqrt 2), the paper's: closed-form integrals I2, I3, I4, J2.
	 * <!-- end-model-doc -->
	 * @see #ERF_VALUE
	 * @generated
	 * @ordered
	 */
	ERF(0, "ERF", "ERF"),

	/**
	 * The '<em><b>RELU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = max(0, x).
	 * <!-- end-model-doc -->
	 * @see #RELU_VALUE
	 * @generated
	 * @ordered
	 */
	RELU(1, "RELU", "RELU"),

	/**
	 * The '<em><b>LINEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = x: closed-form integrals.
	 * <!-- end-model-doc -->
	 * @see #LINEAR_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR(2, "LINEAR", "LINEAR"),

	/**
	 * The '<em><b>SIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = sign(x): trained only as a teacher would be; no gradient, so refused for training.
	 * <!-- end-model-doc -->
	 * @see #SIGN_VALUE
	 * @generated
	 * @ordered
	 */
	SIGN(3, "SIGN", "SIGN");

	/**
	 * The '<em><b>ERF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = erf(x/sqrt 2), the paper's: closed-form integrals I2, I3, I4, J2.
	 * <!-- end-model-doc -->
	 * @see #ERF
	 * @model annotation="http://www.plateau.org/display name='erf(x/\u221a2)'"
	 * @generated
	 * @ordered
	 */
	public static final int ERF_VALUE = 0;

	/**
	 * The '<em><b>RELU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = max(0, x).
	 * <!-- end-model-doc -->
	 * @see #RELU
	 * @model annotation="http://www.plateau.org/display name='ReLU'"
	 * @generated
	 * @ordered
	 */
	public static final int RELU_VALUE = 1;

	/**
	 * The '<em><b>LINEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = x: closed-form integrals.
	 * <!-- end-model-doc -->
	 * @see #LINEAR
	 * @model annotation="http://www.plateau.org/display name='linear'"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_VALUE = 2;

	/**
	 * The '<em><b>SIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g(x) = sign(x): trained only as a teacher would be; no gradient, so refused for training.
	 * <!-- end-model-doc -->
	 * @see #SIGN
	 * @model annotation="http://www.plateau.org/display name='sign'"
	 * @generated
	 * @ordered
	 */
	public static final int SIGN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommitteeActivation[] VALUES_ARRAY =
		new CommitteeActivation[] {
			ERF,
			RELU,
			LINEAR,
			SIGN,
		};

	/**
	 * A public read-only list of all the '<em><b>Activation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommitteeActivation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeActivation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeActivation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeActivation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeActivation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Activation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeActivation get(int value) {
		switch (value) {
			case ERF_VALUE: return ERF;
			case RELU_VALUE: return RELU;
			case LINEAR_VALUE: return LINEAR;
			case SIGN_VALUE: return SIGN;
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
	private CommitteeActivation(int value, String name, String literal) {
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
	
} //CommitteeActivation
