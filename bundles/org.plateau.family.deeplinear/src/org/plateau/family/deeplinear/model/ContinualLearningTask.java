/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Continual Learning Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Continual learning on a sequence of random tasks (Dominé et al. 2024): numberOfTasks whitened random regressions of the same sizes, each learnt for stepsPerTask steps in turn; the loss on every task is recorded throughout, so that forgetting shows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getNumberOfTasks <em>Number Of Tasks</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getStepsPerTask <em>Steps Per Task</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='sequenceValid'"
 * @generated
 */
public interface ContinualLearningTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dim</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of inputs of every task; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dim</em>' attribute.
	 * @see #setInputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask_InputDim()
	 * @model default="5"
	 * @generated
	 */
	int getInputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getInputDim <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dim</em>' attribute.
	 * @see #getInputDim()
	 * @generated
	 */
	void setInputDim(int value);

	/**
	 * Returns the value of the '<em><b>Output Dim</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of outputs of every task; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Dim</em>' attribute.
	 * @see #setOutputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask_OutputDim()
	 * @model default="5"
	 * @generated
	 */
	int getOutputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getOutputDim <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Dim</em>' attribute.
	 * @see #getOutputDim()
	 * @generated
	 */
	void setOutputDim(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Examples P of every task; at least inputDim, so that the inputs can be whitened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask_Samples()
	 * @model default="25"
	 *        annotation="http://www.plateau.org/display name='samples P'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Number Of Tasks</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many tasks are learnt in turn; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Of Tasks</em>' attribute.
	 * @see #setNumberOfTasks(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask_NumberOfTasks()
	 * @model default="3"
	 * @generated
	 */
	int getNumberOfTasks();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getNumberOfTasks <em>Number Of Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Of Tasks</em>' attribute.
	 * @see #getNumberOfTasks()
	 * @generated
	 */
	void setNumberOfTasks(int value);

	/**
	 * Returns the value of the '<em><b>Steps Per Task</b></em>' attribute.
	 * The default value is <code>"6000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training steps on each task before the next; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps Per Task</em>' attribute.
	 * @see #setStepsPerTask(long)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getContinualLearningTask_StepsPerTask()
	 * @model default="6000"
	 * @generated
	 */
	long getStepsPerTask();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getStepsPerTask <em>Steps Per Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps Per Task</em>' attribute.
	 * @see #getStepsPerTask()
	 * @generated
	 */
	void setStepsPerTask(long value);

} // ContinualLearningTask
