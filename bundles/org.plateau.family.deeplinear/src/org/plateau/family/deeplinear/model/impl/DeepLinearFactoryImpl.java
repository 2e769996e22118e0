/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.plateau.family.deeplinear.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeepLinearFactoryImpl extends EFactoryImpl implements DeepLinearFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DeepLinearFactory init() {
		try {
			DeepLinearFactory theDeepLinearFactory = (DeepLinearFactory)EPackage.Registry.INSTANCE.getEFactory(DeepLinearPackage.eNS_URI);
			if (theDeepLinearFactory != null) {
				return theDeepLinearFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DeepLinearFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeepLinearFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DeepLinearPackage.HIERARCHY_TASK: return createHierarchyTask();
			case DeepLinearPackage.SPECTRUM_TASK: return createSpectrumTask();
			case DeepLinearPackage.RANDOM_REGRESSION_TASK: return createRandomRegressionTask();
			case DeepLinearPackage.TEACHER_STUDENT_TASK: return createTeacherStudentTask();
			case DeepLinearPackage.REVERSAL_LEARNING_TASK: return createReversalLearningTask();
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK: return createContinualLearningTask();
			case DeepLinearPackage.DEEP_LINEAR_NETWORK: return createDeepLinearNetwork();
			case DeepLinearPackage.LAMBDA_BALANCED_INITIALISATION: return createLambdaBalancedInitialisation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DeepLinearPackage.HIERARCHY_DATASET:
				return createHierarchyDatasetFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DeepLinearPackage.HIERARCHY_DATASET:
				return convertHierarchyDatasetToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HierarchyTask createHierarchyTask() {
		HierarchyTaskImpl hierarchyTask = new HierarchyTaskImpl();
		return hierarchyTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpectrumTask createSpectrumTask() {
		SpectrumTaskImpl spectrumTask = new SpectrumTaskImpl();
		return spectrumTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomRegressionTask createRandomRegressionTask() {
		RandomRegressionTaskImpl randomRegressionTask = new RandomRegressionTaskImpl();
		return randomRegressionTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeacherStudentTask createTeacherStudentTask() {
		TeacherStudentTaskImpl teacherStudentTask = new TeacherStudentTaskImpl();
		return teacherStudentTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReversalLearningTask createReversalLearningTask() {
		ReversalLearningTaskImpl reversalLearningTask = new ReversalLearningTaskImpl();
		return reversalLearningTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContinualLearningTask createContinualLearningTask() {
		ContinualLearningTaskImpl continualLearningTask = new ContinualLearningTaskImpl();
		return continualLearningTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeepLinearNetwork createDeepLinearNetwork() {
		DeepLinearNetworkImpl deepLinearNetwork = new DeepLinearNetworkImpl();
		return deepLinearNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LambdaBalancedInitialisation createLambdaBalancedInitialisation() {
		LambdaBalancedInitialisationImpl lambdaBalancedInitialisation = new LambdaBalancedInitialisationImpl();
		return lambdaBalancedInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HierarchyDataset createHierarchyDatasetFromString(EDataType eDataType, String initialValue) {
		HierarchyDataset result = HierarchyDataset.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHierarchyDatasetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeepLinearPackage getDeepLinearPackage() {
		return (DeepLinearPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DeepLinearPackage getPackage() {
		return DeepLinearPackage.eINSTANCE;
	}

} //DeepLinearFactoryImpl
