/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One swept attribute of the base experiment and the values it takes: a list, or a linear or logarithmic range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.SweepAxis#getFeaturePath <em>Feature Path</em>}</li>
 *   <li>{@link org.plateau.model.SweepAxis#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.plateau.model.SweepAxis#getValues <em>Values</em>}</li>
 *   <li>{@link org.plateau.model.SweepAxis#getFrom <em>From</em>}</li>
 *   <li>{@link org.plateau.model.SweepAxis#getTo <em>To</em>}</li>
 *   <li>{@link org.plateau.model.SweepAxis#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getSweepAxis()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='featurePathResolves valuesValid'"
 * @generated
 */
public interface SweepAxis extends EObject {
	/**
	 * Returns the value of the '<em><b>Feature Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attribute, as feature names from the experiment separated by dots, e.g. task.samples, training.learningRate or initialisation.lambda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Path</em>' attribute.
	 * @see #setFeaturePath(String)
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_FeaturePath()
	 * @model
	 * @generated
	 */
	String getFeaturePath();

	/**
	 * Sets the value of the '{@link org.plateau.model.SweepAxis#getFeaturePath <em>Feature Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Path</em>' attribute.
	 * @see #getFeaturePath()
	 * @generated
	 */
	void setFeaturePath(String value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The default value is <code>"LIST"</code>.
	 * The literals are from the enumeration {@link org.plateau.model.AxisSpacing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the values are listed or spread over a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see org.plateau.model.AxisSpacing
	 * @see #setSpacing(AxisSpacing)
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_Spacing()
	 * @model default="LIST"
	 * @generated
	 */
	AxisSpacing getSpacing();

	/**
	 * Sets the value of the '{@link org.plateau.model.SweepAxis#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see org.plateau.model.AxisSpacing
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(AxisSpacing value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values, as written in an experiment file (numbers, or enumeration literals); for list spacing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First value of a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(double)
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_From()
	 * @model default="0.0"
	 * @generated
	 */
	double getFrom();

	/**
	 * Sets the value of the '{@link org.plateau.model.SweepAxis#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last value of a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(double)
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_To()
	 * @model default="1.0"
	 * @generated
	 */
	double getTo();

	/**
	 * Sets the value of the '{@link org.plateau.model.SweepAxis#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(double value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of values of a range, endpoints included (a grid sweep); random sampling draws from the whole interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.plateau.model.PlateauPackage#getSweepAxis_Count()
	 * @model default="5"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.plateau.model.SweepAxis#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

} // SweepAxis
