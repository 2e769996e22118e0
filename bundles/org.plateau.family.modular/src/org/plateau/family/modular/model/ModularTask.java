/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The dataset space (spec 4(b)): P = 2^n1 datapoints, all +-1 patterns of n1 compositional input features (Omega_x) over k1 stacked copies of r I_P (Gamma_x, non-compositional); targets the first n2 compositional features (Omega_y) over k2 copies of r I_P (Gamma_y). The architecture's input nodes are x (all inputs) or x_comp and x_non; its output nodes y (all outputs) or y_comp and y_non.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getN1 <em>N1</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getN2 <em>N2</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getK1 <em>K1</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getK2 <em>K2</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getR <em>R</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.ModularTask#getTrainingPatterns <em>Training Patterns</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.modular.model.ModularPackage#getModularTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsValid trainingHonoured'"
 * @generated
 */
public interface ModularTask extends Task {
	/**
	 * Returns the value of the '<em><b>N1</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of compositional input features.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>N1</em>' attribute.
	 * @see #setN1(int)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_N1()
	 * @model default="3"
	 * @generated
	 */
	int getN1();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getN1 <em>N1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N1</em>' attribute.
	 * @see #getN1()
	 * @generated
	 */
	void setN1(int value);

	/**
	 * Returns the value of the '<em><b>N2</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of compositional output features (the first n2 of the inputs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>N2</em>' attribute.
	 * @see #setN2(int)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_N2()
	 * @model default="1"
	 * @generated
	 */
	int getN2();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getN2 <em>N2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N2</em>' attribute.
	 * @see #getN2()
	 * @generated
	 */
	void setN2(int value);

	/**
	 * Returns the value of the '<em><b>K1</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copies of the non-compositional input block.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K1</em>' attribute.
	 * @see #setK1(int)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_K1()
	 * @model default="3"
	 * @generated
	 */
	int getK1();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getK1 <em>K1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K1</em>' attribute.
	 * @see #getK1()
	 * @generated
	 */
	void setK1(int value);

	/**
	 * Returns the value of the '<em><b>K2</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copies of the non-compositional output block.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K2</em>' attribute.
	 * @see #setK2(int)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_K2()
	 * @model default="1"
	 * @generated
	 */
	int getK2();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getK2 <em>K2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K2</em>' attribute.
	 * @see #getK2()
	 * @generated
	 */
	void setK2(int value);

	/**
	 * Returns the value of the '<em><b>R</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale of the non-compositional blocks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R</em>' attribute.
	 * @see #setR(double)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_R()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='rank r'"
	 * @generated
	 */
	double getR();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getR <em>R</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R</em>' attribute.
	 * @see #getR()
	 * @generated
	 */
	void setR(double value);

	/**
	 * Returns the value of the '<em><b>Training Patterns</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Train on a random subset (from the seed) of this many of the P patterns, the others held out to test systematic generalization; 0 trains on all of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Patterns</em>' attribute.
	 * @see #setTrainingPatterns(int)
	 * @see org.plateau.family.modular.model.ModularPackage#getModularTask_TrainingPatterns()
	 * @model default="0"
	 *        annotation="http://www.plateau.org/display name='training patterns P'"
	 * @generated
	 */
	int getTrainingPatterns();

	/**
	 * Sets the value of the '{@link org.plateau.family.modular.model.ModularTask#getTrainingPatterns <em>Training Patterns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Patterns</em>' attribute.
	 * @see #getTrainingPatterns()
	 * @generated
	 */
	void setTrainingPatterns(int value);

} // ModularTask
