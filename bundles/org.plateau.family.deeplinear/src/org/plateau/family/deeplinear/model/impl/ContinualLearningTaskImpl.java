/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.deeplinear.model.ContinualLearningTask;
import org.plateau.family.deeplinear.model.DeepLinearPackage;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Continual Learning Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl#getNumberOfTasks <em>Number Of Tasks</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl#getStepsPerTask <em>Steps Per Task</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContinualLearningTaskImpl extends TaskImpl implements ContinualLearningTask {
	/**
	 * The default value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIM_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getInputDim() <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDim()
	 * @generated
	 * @ordered
	 */
	protected int inputDim = INPUT_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputDim() <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDim()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_DIM_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getOutputDim() <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDim()
	 * @generated
	 * @ordered
	 */
	protected int outputDim = OUTPUT_DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 25;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberOfTasks() <em>Number Of Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberOfTasks()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_OF_TASKS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getNumberOfTasks() <em>Number Of Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberOfTasks()
	 * @generated
	 * @ordered
	 */
	protected int numberOfTasks = NUMBER_OF_TASKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepsPerTask() <em>Steps Per Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsPerTask()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_PER_TASK_EDEFAULT = 6000L;

	/**
	 * The cached value of the '{@link #getStepsPerTask() <em>Steps Per Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsPerTask()
	 * @generated
	 * @ordered
	 */
	protected long stepsPerTask = STEPS_PER_TASK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContinualLearningTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputDim() {
		return inputDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputDim(int newInputDim) {
		int oldInputDim = inputDim;
		inputDim = newInputDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.CONTINUAL_LEARNING_TASK__INPUT_DIM, oldInputDim, inputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputDim() {
		return outputDim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputDim(int newOutputDim) {
		int oldOutputDim = outputDim;
		outputDim = newOutputDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.CONTINUAL_LEARNING_TASK__OUTPUT_DIM, oldOutputDim, outputDim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.CONTINUAL_LEARNING_TASK__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumberOfTasks() {
		return numberOfTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberOfTasks(int newNumberOfTasks) {
		int oldNumberOfTasks = numberOfTasks;
		numberOfTasks = newNumberOfTasks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS, oldNumberOfTasks, numberOfTasks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStepsPerTask() {
		return stepsPerTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsPerTask(long newStepsPerTask) {
		long oldStepsPerTask = stepsPerTask;
		stepsPerTask = newStepsPerTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DeepLinearPackage.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK, oldStepsPerTask, stepsPerTask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__INPUT_DIM:
				return getInputDim();
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__OUTPUT_DIM:
				return getOutputDim();
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__SAMPLES:
				return getSamples();
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS:
				return getNumberOfTasks();
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK:
				return getStepsPerTask();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__INPUT_DIM:
				setInputDim((Integer)newValue);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__OUTPUT_DIM:
				setOutputDim((Integer)newValue);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS:
				setNumberOfTasks((Integer)newValue);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK:
				setStepsPerTask((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__INPUT_DIM:
				setInputDim(INPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__OUTPUT_DIM:
				setOutputDim(OUTPUT_DIM_EDEFAULT);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS:
				setNumberOfTasks(NUMBER_OF_TASKS_EDEFAULT);
				return;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK:
				setStepsPerTask(STEPS_PER_TASK_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__INPUT_DIM:
				return inputDim != INPUT_DIM_EDEFAULT;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__OUTPUT_DIM:
				return outputDim != OUTPUT_DIM_EDEFAULT;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS:
				return numberOfTasks != NUMBER_OF_TASKS_EDEFAULT;
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK:
				return stepsPerTask != STEPS_PER_TASK_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (inputDim: ");
		result.append(inputDim);
		result.append(", outputDim: ");
		result.append(outputDim);
		result.append(", samples: ");
		result.append(samples);
		result.append(", numberOfTasks: ");
		result.append(numberOfTasks);
		result.append(", stepsPerTask: ");
		result.append(stepsPerTask);
		result.append(')');
		return result.toString();
	}

} //ContinualLearningTaskImpl
