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
 * A representation of the literals of the enumeration '<em><b>Data Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an image is drawn (spec 2(b)).
 * <!-- end-model-doc -->
 * @see org.plateau.family.localization.model.LocalizationPackage#getDataModel()
 * @model
 * @generated
 */
public enum DataModel implements Enumerator {
	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * z ~ N(0, C^z): the Gaussian control, for which the effective dynamics is exact.
	 * <!-- end-model-doc -->
	 * @see #GAUSSIAN_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSSIAN(0, "GAUSSIAN", "GAUSSIAN"),

	/**
	 * The '<em><b>NLGP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nonlinear Gaussian process x = erf(g z)/Z(g) (Ingrosso & Goldt 2022).
	 * <!-- end-model-doc -->
	 * @see #NLGP_VALUE
	 * @generated
	 * @ordered
	 */
	NLGP(1, "NLGP", "NLGP"),

	/**
	 * The '<em><b>ISING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periodic 1-D Ising ring of +-1 spins with coupling J, sampled exactly.
	 * <!-- end-model-doc -->
	 * @see #ISING_VALUE
	 * @generated
	 * @ordered
	 */
	ISING(2, "ISING", "ISING"),

	/**
	 * The '<em><b>NORTA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = F^-1(Phi(z))/std: a Gaussian copula with the chosen marginal.
	 * <!-- end-model-doc -->
	 * @see #NORTA_VALUE
	 * @generated
	 * @ordered
	 */
	NORTA(3, "NORTA", "NORTA"),

	/**
	 * The '<em><b>ELLIPTICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = r Lambda u, u uniform on the sphere, r from the authors' inverse CDF, standardised.
	 * <!-- end-model-doc -->
	 * @see #ELLIPTICAL_VALUE
	 * @generated
	 * @ordered
	 */
	ELLIPTICAL(4, "ELLIPTICAL", "ELLIPTICAL"),

	/**
	 * The '<em><b>STUDENT T</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = z / sqrt(chi2_nu / nu), standardised.
	 * <!-- end-model-doc -->
	 * @see #STUDENT_T_VALUE
	 * @generated
	 * @ordered
	 */
	STUDENT_T(5, "STUDENT_T", "STUDENT_T");

	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * z ~ N(0, C^z): the Gaussian control, for which the effective dynamics is exact.
	 * <!-- end-model-doc -->
	 * @see #GAUSSIAN
	 * @model annotation="http://www.plateau.org/display name='Gaussian'"
	 * @generated
	 * @ordered
	 */
	public static final int GAUSSIAN_VALUE = 0;

	/**
	 * The '<em><b>NLGP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nonlinear Gaussian process x = erf(g z)/Z(g) (Ingrosso & Goldt 2022).
	 * <!-- end-model-doc -->
	 * @see #NLGP
	 * @model annotation="http://www.plateau.org/display name='NLGP(g)'"
	 * @generated
	 * @ordered
	 */
	public static final int NLGP_VALUE = 1;

	/**
	 * The '<em><b>ISING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periodic 1-D Ising ring of +-1 spins with coupling J, sampled exactly.
	 * <!-- end-model-doc -->
	 * @see #ISING
	 * @model annotation="http://www.plateau.org/display name='Ising ring'"
	 * @generated
	 * @ordered
	 */
	public static final int ISING_VALUE = 2;

	/**
	 * The '<em><b>NORTA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = F^-1(Phi(z))/std: a Gaussian copula with the chosen marginal.
	 * <!-- end-model-doc -->
	 * @see #NORTA
	 * @model annotation="http://www.plateau.org/display name='NORTA'"
	 * @generated
	 * @ordered
	 */
	public static final int NORTA_VALUE = 3;

	/**
	 * The '<em><b>ELLIPTICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = r Lambda u, u uniform on the sphere, r from the authors' inverse CDF, standardised.
	 * <!-- end-model-doc -->
	 * @see #ELLIPTICAL
	 * @model annotation="http://www.plateau.org/display name='elliptical'"
	 * @generated
	 * @ordered
	 */
	public static final int ELLIPTICAL_VALUE = 4;

	/**
	 * The '<em><b>STUDENT T</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x = z / sqrt(chi2_nu / nu), standardised.
	 * <!-- end-model-doc -->
	 * @see #STUDENT_T
	 * @model annotation="http://www.plateau.org/display name='Student-t'"
	 * @generated
	 * @ordered
	 */
	public static final int STUDENT_T_VALUE = 5;

	/**
	 * An array of all the '<em><b>Data Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataModel[] VALUES_ARRAY =
		new DataModel[] {
			GAUSSIAN,
			NLGP,
			ISING,
			NORTA,
			ELLIPTICAL,
			STUDENT_T,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataModel get(int value) {
		switch (value) {
			case GAUSSIAN_VALUE: return GAUSSIAN;
			case NLGP_VALUE: return NLGP;
			case ISING_VALUE: return ISING;
			case NORTA_VALUE: return NORTA;
			case ELLIPTICAL_VALUE: return ELLIPTICAL;
			case STUDENT_T_VALUE: return STUDENT_T;
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
	private DataModel(int value, String name, String literal) {
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
	
} //DataModel
